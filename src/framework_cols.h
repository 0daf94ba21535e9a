/* The catalog file's columns (fw_columns), by index: private to src/framework*.c. */
#ifndef ITADESK_FRAMEWORK_COLS_H
#define ITADESK_FRAMEWORK_COLS_H

enum col {
    C_RECORD,
    C_CODE,
    C_TITLE_TH,
    C_TITLE_EN,
    C_TOOL,
    C_WEIGHT,
    C_INDICATOR,
    C_SEQ,
    C_GROUP_KEY,
    C_GROUP_TITLE,
    C_COMPONENTS,
    C_KNOWN,
    C_CONFIDENCE,
    C_MIN_TOTAL,
    C_MIN_EACH,
    C_PASSED,
    C_CERTAIN,
    C_GRADING,
    C_PASS_MARK,
    C_STATUS,
    C_NOTE,
    C_NATIONAL,
    C_COUNT
};

#endif
