/* TDI News theme: the menu toggle of small screens */
document.addEventListener("DOMContentLoaded", function () {
  var toggle = document.querySelector(".menu-toggle");
  var menu = document.querySelector(".main-navigation ul");
  if (!toggle || !menu) { return; }
  toggle.addEventListener("click", function () {
    var open = toggle.getAttribute("aria-expanded") === "true";
    toggle.setAttribute("aria-expanded", open ? "false" : "true");
    menu.style.display = open ? "" : "block";
  });
});
