#include "helper_ita.h"

struct score_indicator th_indicator(int no, double v)
{
    return (struct score_indicator){
        .no = no,
        .tool = no <= 5   ? ITA_IIT
                : no <= 8 ? ITA_EIT
                          : ITA_OIT,
        .weight = no <= 5   ? 6
                  : no <= 8 ? 10
                            : 20,
        .entered = {v >= 0, v >= 0 ? v : 0},
    };
}
