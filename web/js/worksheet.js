// The worksheet view (to be built).
"use strict";
(function () {
  BackpropLab.register("worksheet", {});
})();
