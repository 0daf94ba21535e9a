/* The screens as a command: `itadesk [--db FILE] [--agency ID] [--year YEAR]
 * [--screen NAME]`, and `itadesk --keys-man` (the man page's generated key section). */
#ifndef ITADESK_CMD_SCREENS_H
#define ITADESK_CMD_SCREENS_H

#include "cli.h"

/* argv[0] is the first option main() did not take (argc may be 0). */
int cmd_screens(int argc, char **argv, struct cli_args *a);

#endif
