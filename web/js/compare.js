// The compare view (to be built).
"use strict";
(function () {
  BackpropLab.register("compare", {});
})();
