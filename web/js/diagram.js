// The diagram tools (to be built).
"use strict";
