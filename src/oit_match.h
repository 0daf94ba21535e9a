/* Which OIT item of year TO continues each item of year FROM. The NACC renumbers, merges
 * and renames the items every year, so an agency's units, links and notes can follow them
 * only by what the items are called: titles are compared once normalised (tt_name_normalize,
 * then letters and digits only), by the Dice coefficient of their libthai words and of their
 * character bigrams; an admin's stored rule (O5=O4, or O9 to nothing) comes first. */
#ifndef ITADESK_OIT_MATCH_H
#define ITADESK_OIT_MATCH_H

#include <stddef.h>
#include <thai/thbrk.h>

/* Below this similarity (per cent) a title match is not trusted: the item is not mapped. */
#define OIT_MATCH_THRESHOLD 50

/* One catalog item as the matcher sees it (borrowed strings). */
struct oit_match_item {
    const char *code;
    const char *title; /* title_th */
    int known;         /* 0: the catalog does not know the title */
};

/* A stored rule: from_code of FROM goes to to_code of TO, or to nothing when to_code is
 * "" (the admin said the item has no successor). */
struct oit_map_rule {
    char from[16];
    char to[16];
};

enum oit_match_source {
    OIT_SRC_STORED,  /* an admin's rule */
    OIT_SRC_TITLE,   /* title similarity */
    OIT_SRC_UNKNOWN, /* not mapped: its title (or every candidate's) is unknown */
};

/* One FROM item and where it goes; to[0] == '\0': not mapped. */
struct oit_match_pair {
    char from[16];
    char to[16];
    int confidence; /* 0-100: the title similarity, 100 for a stored rule */
    enum oit_match_source source;
    int best; /* not mapped by title: the best similarity it had (0-100), to say why */
    char
        clash[16]; /* not mapped: its stored rule names this TO item, which an earlier rule holds */
};

struct oit_match {
    struct oit_match_pair *pairs; /* one per FROM item, in FROM's order */
    size_t n;
    size_t mapped; /* pairs with a TO item */
};

/* 1 when a title can be matched on: known, not empty, not a placeholder such as
 * "(ไม่ทราบชื่อข้อ…)" or "(title unknown)". */
int oit_title_usable(const char *title, int known);

/* Similarity of two titles, 0-100: the mean of the Dice coefficients of their word sets
 * (libthai's dictionary breaks; brk NULL: spaces only) and of their character bigrams, both
 * over the normalised letters and digits; raised half-way to 100 when one title is the
 * start of the other (an item grown by a merge keeps the words it started with). */
int oit_title_similarity(ThBrk *brk, const char *a, const char *b);

/* Maps every FROM item: first the stored rules (their TO code must be in TO), whose targets
 * the titles then cannot take, then the other items by title, the most similar pairs first,
 * at or above OIT_MATCH_THRESHOLD. Every TO item receives at most one FROM item: a title whose
 * best target a rule took goes to its next best free one, or stays not mapped. Fills out
 * (free with oit_match_free). */
void oit_match_items(ThBrk *brk, const struct oit_match_item *from, size_t nfrom,
                     const struct oit_match_item *to, size_t nto, const struct oit_map_rule *rules,
                     size_t nrules, struct oit_match *out);

/* The pair of a FROM code, or NULL. */
const struct oit_match_pair *oit_match_find(const struct oit_match *m, const char *from);

void oit_match_free(struct oit_match *m);

/* What a pair carries, in the user's language: "unit, link, note", "note only"... from
 * which of the three it carries (1 each); "" for none. */
const char *oit_carry_label(int unit, int link, int note);

#endif
