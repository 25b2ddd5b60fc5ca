// Live care alerts in the console: a WebSocket to /ws/care/alerts/, a visible and audible cue.
(function () {
  "use strict";
  var box = document.getElementById("care-live");
  if (!box || !("WebSocket" in window)) { return; }
  var list = box.querySelector(".care-live-list");
  var status = box.querySelector(".care-live-status");
  var audio = null;
  var delay = 1000;
  var baseTitle = document.title;
  var lang = document.documentElement.lang || "fr";
  var words = lang === "en"
    ? { opened: "New case", raised: "Priority raised", joined: "New signal", leads: "Care leads alerted", follow_up: "Follow-up due", message: "New message", acknowledged: "Case taken", live: "Live alerts on", lost: "Live alerts lost, reconnecting…" }
    : { opened: "Nouveau cas", raised: "Priorité relevée", joined: "Nouveau signal", leads: "Responsables alerté·es", follow_up: "Suivi à faire", message: "Nouveau message", acknowledged: "Cas pris en charge", live: "Alertes en direct activées", lost: "Alertes en direct coupées, reconnexion…" };

  function enableSound() {
    if (audio) { return; }
    var Ctx = window.AudioContext || window.webkitAudioContext;
    if (Ctx) { audio = new Ctx(); }
  }
  var soundButton = document.getElementById("care-sound");
  if (soundButton) { soundButton.addEventListener("click", function () { enableSound(); beep(660, 0.15); }); }
  document.querySelectorAll(".care-sound-on").forEach(function (b) { b.addEventListener("click", enableSound); });

  function beep(freq, seconds) {
    if (!audio) { return; }
    var osc = audio.createOscillator();
    var gain = audio.createGain();
    osc.type = "sine";
    osc.frequency.value = freq;
    gain.gain.setValueAtTime(0.25, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + seconds);
    osc.connect(gain);
    gain.connect(audio.destination);
    osc.start();
    osc.stop(audio.currentTime + seconds);
  }

  function show(data) {
    var c = data.case;
    var li = document.createElement("li");
    li.className = "care-live-item care-badge-" + c.priority;
    li.dataset.caseId = String(c.id);
    li.dataset.event = data.event;
    var a = document.createElement("a");
    a.href = c.url;
    a.textContent = (words[data.event] || data.event) + " · #" + c.id + " · " + c.priority + " · " + c.member + " · " + c.country;
    li.appendChild(a);
    list.insertBefore(li, list.firstChild);
    box.hidden = false;
    if (data.event === "opened" || data.event === "raised" || data.event === "leads") {
      box.classList.add("care-live-flash");
      document.title = "(!) " + baseTitle;
      var urgent = c.priority === "imminent" || c.priority === "high";
      beep(urgent ? 880 : 660, 0.25);
      if (urgent) { setTimeout(function () { beep(880, 0.25); }, 350); }
    }
  }
  box.addEventListener("click", function () { box.classList.remove("care-live-flash"); document.title = baseTitle; });

  function connect() {
    var scheme = location.protocol === "https:" ? "wss://" : "ws://";
    var ws = new WebSocket(scheme + location.host + box.dataset.wsPath);
    ws.onopen = function () { delay = 1000; status.textContent = words.live; box.hidden = false; };
    ws.onmessage = function (event) {
      var data;
      try { data = JSON.parse(event.data); } catch (e) { return; }
      if (data.type === "alert") { show(data); }
    };
    ws.onclose = function (event) {
      if (event.code === 4403) { return; }
      status.textContent = words.lost;
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, 30000);
    };
  }
  connect();
})();
