/* The ten indicators as ITA.md tables them (1-5 IIT weight 6, 6-8 EIT weight 10, 9-10 OIT
 * weight 20), for tests that build a year's scores by hand. */
#ifndef ITADESK_TEST_HELPER_ITA_H
#define ITADESK_TEST_HELPER_ITA_H

#include "score.h"

/* Indicator no (1-10) with value v entered (unset when v < 0). */
struct score_indicator th_indicator(int no, double v);

#endif
