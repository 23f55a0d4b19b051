// Replaced by the simulator host (issue 3).
return 0;
