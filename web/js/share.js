// The share tools (to be built).
"use strict";
