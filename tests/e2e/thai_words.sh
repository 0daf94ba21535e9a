# thai_words FILE...: prints "file:line: word" for each English word on Thai screens or
# Thai command output (and Gregorian dates), outside the allow-list: product and tool names (itadesk, ITA, IIT,
# EIT, OIT), key names, item codes (O12), numbers, URLs and paths, encodings, and words of
# the catalog and demo data (names the NACC publishes in English, e.g. "No Gift Policy").
# Sourced by the tests; not a test itself.
# Words of the data (not the headers), but the program's own values stored in it (done,
# partial, seed...): those must be translated where shown.
THAI_WORDS_DATA=$(for f in "$ITADESK_SOURCE_DIR"/db/catalogs/*.csv "$ITADESK_SOURCE_DIR"/db/demo/*.csv; do
    tail -n +2 "$f"
done | grep -oE '[A-Za-z]{2,}' | sort -u |
    grep -vxE 'done|not|in|progress|partial|complete|provisional|seed|letters|pass|levels|unknown|sure|medium|low' |
    tr '\n' ' ')
# The keys of `itadesk calendar set` (src/ita_calendar.h), shown beside the Thai label of
# each date for typing: machine text as a whole word, not English words.
THAI_WORDS_KEYS=$(grep -oE '^ *X\([A-Z_]+, "[a-z_]+"' "$ITADESK_SOURCE_DIR"/src/ita_calendar.h |
    sed -E 's/.*"([a-z_]+)"/\1/' | tr '\n' ' ')
thai_words() {
    awk -v data="$THAI_WORDS_DATA" -v keys="$THAI_WORDS_KEYS" '
    BEGIN {
        # demo, tester, somchai, somsri, malee: the Unix logins of the fixtures (names, not
        # words)
        n = split("itadesk ITA ITAS IIT EIT OIT NACC UTF CP TIS HTML CSV PDF BOM demo tester " \
                  "somchai somsri malee " \
                  "Esc Enter Tab Space Up Down Left Right PgUp PgDn Home End Insert Delete " \
                  "Backspace BackTab Ctrl Shift Alt", a, " ")
        for (i = 1; i <= n; i++) ok[a[i]] = 1
        n = split(data, a, " ")
        for (i = 1; i <= n; i++) ok[a[i]] = 1
        nkeys = split(keys, key, " ")
    }
    {
        line = $0
        # a Gregorian date: Thai screens and output give the Buddhist era
        if (match(line, /(19|20)[0-9][0-9]-[01][0-9]-[0-3][0-9]/))
            print FILENAME ":" FNR ": " substr(line, RSTART, RLENGTH)
        # URLs, paths, config names, e-mail: machine text, not words
        gsub(/(https?|ftp|file):\/\/[^ │|]*/, " ", line)
        gsub(/[^ │|]*[\/@][^ │|]*/, " ", line)
        gsub(/[A-Za-z_]+\.[A-Za-z_.]+/, " ", line)
        gsub(/C-[a-z]/, " ", line)
        gsub(/--[a-z][a-z-]*/, " ", line) # an option to type ("--apply"), not a word
        gsub(/\$[A-Z_]+/, " ", line) # environment variables: names to set
        gsub(/\047itadesk [^\047]*\047/, " ", line) # a command to type, quoted
        for (i = 1; i <= nkeys; i++) { # a whole field: "result" inside a sentence still counts
            gsub("(^|  )" key[i] "$", " ", line)
        }
        while (match(line, /[A-Za-z][A-Za-z]+/)) {
            w = substr(line, RSTART, RLENGTH)
            line = substr(line, RSTART + RLENGTH)
            if (w in ok || w ~ /^F[0-9]+$/) continue
            for (d in ok) # a name cut to fit its column ("Social Net")
                if (length(w) >= 3 && index(d, w) == 1) { w = ""; break }
            if (w == "") continue
            print FILENAME ":" FNR ": " w
        }
    }' "$@"
}
