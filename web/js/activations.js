// The activations view (to be built).
"use strict";
(function () {
  BackpropLab.register("activations", {});
})();
