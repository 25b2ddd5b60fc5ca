// Blurred content: reveal it only when the moderator chooses, and count the exposure.
document.addEventListener("submit", function (event) {
  var form = event.target;
  if (!form.classList || !form.classList.contains("reveal-form")) return;
  event.preventDefault();
  var token = form.querySelector("input[name=csrfmiddlewaretoken]").value;
  fetch(form.action, {
    method: "POST",
    headers: { "X-CSRFToken": token, "Accept": "application/json" },
    credentials: "same-origin",
  }).then(function (response) {
    if (!response.ok) return;
    document.querySelectorAll(".blurred").forEach(function (el) { el.classList.remove("blurred"); });
    form.remove();
  });
});

// The queue page fetches its list again every few seconds, so items added, claimed or decided by
// other moderators show up without a reload. Paused while the tab is hidden; without this script
// the page is simply reloaded by hand.
(function () {
  var live = document.getElementById("queue-live");
  if (!live) return;
  var seconds = parseInt(live.getAttribute("data-refresh-seconds"), 10) || 10;
  function refresh() {
    if (document.hidden) return;
    var params = new URLSearchParams(window.location.search);
    params.set("partial", "1");
    fetch(window.location.pathname + "?" + params.toString(), {
      credentials: "same-origin",
      headers: { "Accept": "text/html" },
    }).then(function (response) {
      if (!response.ok) return null;
      return response.text();
    }).then(function (html) {
      if (html === null || html === undefined) return;
      var fresh = new DOMParser().parseFromString("<div>" + html + "</div>", "text/html").body.firstChild;
      if (!fresh || fresh.innerHTML.trim() === live.innerHTML.trim()) return;
      // Keep the keyboard focus on the same link if it is still there.
      var focused = document.activeElement;
      var href = focused && live.contains(focused) ? focused.getAttribute("href") : null;
      live.replaceChildren.apply(live, Array.prototype.slice.call(fresh.childNodes));
      if (href) {
        var again = live.querySelector('a[href="' + href.replace(/"/g, "") + '"]');
        if (again) again.focus();
      }
    }).catch(function () { /* offline for a moment: try again at the next tick */ });
  }
  window.setInterval(refresh, seconds * 1000);
  document.addEventListener("visibilitychange", refresh);
})();
