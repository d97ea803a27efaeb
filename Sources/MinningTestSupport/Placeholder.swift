enum _MinningTestSupportPlaceholder {}
