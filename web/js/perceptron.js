// The perceptron view (to be built).
"use strict";
(function () {
  BackpropLab.register("perceptron", {});
})();
