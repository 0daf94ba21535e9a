/* itadesk keys: the key test (ui/ui_keytest.c), for support over the phone. */
#include "cli.h"
#include "i18n.h"
#include "ui.h"

int cmd_keys(int argc, char **argv, struct cli_args *a)
{
    if (cli_parse(argc, argv, 0, "keys", a)) return EXIT_USAGE;
    if (a->npos) {
        cli_usage_error("keys", _("unexpected argument %s"), a->pos[0]);
        return EXIT_USAGE;
    }
    return ui_keys_test() ? EXIT_ERROR : EXIT_OK;
}
