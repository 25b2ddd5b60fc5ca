// Show the province list only when Canada is chosen. Without this script the list stays
// visible and the server ignores or explains it, so the form works either way.
(function () {
  "use strict";
  var selects = document.querySelectorAll("select[data-province-toggle]");
  Array.prototype.forEach.call(selects, function (country) {
    var box = document.getElementById(country.getAttribute("data-province-toggle"));
    if (!box) {
      return;
    }
    var province = box.querySelector("select");
    function update() {
      var canada = country.value === "CA";
      box.hidden = !canada;
      if (province) {
        province.disabled = !canada;
      }
    }
    country.addEventListener("change", update);
    update();
  });
})();
