/* The generator's PRNG and its Thai words: agency names built from place-name
 * syllables (with a romanization for the website host), districts, provinces, and
 * the short texts officers type into notes, findings and plans. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gen_national.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* splitmix64: tiny, fast, and good enough to make data look varied. */
uint64_t gen_next(struct gen_rng *r)
{
    uint64_t z = (r->s += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

int gen_below(struct gen_rng *r, int n)
{
    return n > 0 ? (int)(gen_next(r) % (uint64_t)n) : 0;
}

double gen_unit(struct gen_rng *r)
{
    return (double)(gen_next(r) >> 11) / 9007199254740992.0;
}

const char *gen_pick(struct gen_rng *r, const char *const *words, size_t n)
{
    return words[gen_below(r, (int)n)];
}

static const char *const provinces[GEN_PROVINCES] = {
    "กรุงเทพมหานคร", "กระบี่",      "กาญจนบุรี",       "กาฬสินธุ์",       "กำแพงเพชร", "ขอนแก่น",
    "จันทบุรี",        "ฉะเชิงเทรา", "ชลบุรี",          "ชัยนาท",        "ชัยภูมิ",      "ชุมพร",
    "เชียงราย",      "เชียงใหม่",   "ตรัง",           "ตราด",         "ตาก",       "นครนายก",
    "นครปฐม",       "นครพนม",    "นครราชสีมา",     "นครศรีธรรมราช", "นครสวรรค์",  "นนทบุรี",
    "นราธิวาส",      "น่าน",       "บึงกาฬ",         "บุรีรัมย์",        "ปทุมธานี",    "ประจวบคีรีขันธ์",
    "ปราจีนบุรี",      "ปัตตานี",     "พระนครศรีอยุธยา", "พะเยา",        "พังงา",      "พัทลุง",
    "พิจิตร",         "พิษณุโลก",    "เพชรบุรี",        "เพชรบูรณ์",      "แพร่",       "ภูเก็ต",
    "มหาสารคาม",    "มุกดาหาร",   "แม่ฮ่องสอน",      "ยโสธร",        "ยะลา",      "ร้อยเอ็ด",
    "ระนอง",        "ระยอง",     "ราชบุรี",         "ลพบุรี",         "ลำปาง",     "ลำพูน",
    "เลย",          "ศรีสะเกษ",   "สกลนคร",        "สงขลา",        "สตูล",       "สมุทรปราการ",
    "สมุทรสงคราม",   "สมุทรสาคร",  "สระแก้ว",        "สระบุรี",        "สิงห์บุรี",     "สุโขทัย",
    "สุพรรณบุรี",      "สุราษฎร์ธานี", "สุรินทร์",         "หนองคาย",      "หนองบัวลำภู", "อ่างทอง",
    "อำนาจเจริญ",    "อุดรธานี",    "อุตรดิตถ์",        "อุทัยธานี",       "อุบลราชธานี",
};

struct syllable {
    const char *th, *rom;
};

static const struct syllable heads[] = {
    {"หนอง", "nong"},   {"บ้าน", "ban"},    {"โคก", "khok"}, {"ดอน", "don"},  {"นา", "na"},
    {"ห้วย", "huai"},    {"บึง", "bueng"},   {"ท่า", "tha"},   {"วัง", "wang"},  {"บาง", "bang"},
    {"ทุ่ง", "thung"},    {"เขา", "khao"},   {"ป่า", "pa"},    {"สระ", "sa"},   {"คลอง", "khlong"},
    {"โนน", "non"},     {"แม่", "mae"},     {"ปาก", "pak"},  {"ศรี", "si"},    {"ไผ่", "phai"},
    {"เชียง", "chiang"}, {"ลำ", "lam"},     {"หัว", "hua"},   {"นาง", "nang"}, {"ดง", "dong"},
    {"สัน", "san"},      {"เวียง", "wiang"}, {"กุด", "kut"},   {"หาด", "hat"},  {"เกาะ", "ko"},
};

static const struct syllable bodies[] = {
    {"บัว", "bua"},         {"แก้ว", "kaeo"},       {"ทอง", "thong"},     {"คำ", "kham"},
    {"ยาง", "yang"},       {"ไทร", "sai"},        {"สะแก", "sakae"},    {"ขาม", "kham"},
    {"ม่วง", "muang"},      {"ตาล", "tan"},        {"จาน", "chan"},      {"หิน", "hin"},
    {"ทราย", "sai"},       {"กลาง", "klang"},     {"แดง", "daeng"},     {"เหล็ก", "lek"},
    {"หลวง", "luang"},     {"โพธิ์", "pho"},        {"ไร่", "rai"},        {"สำโรง", "samrong"},
    {"ตะเคียน", "takhian"}, {"มะขาม", "makham"},   {"กระทุ่ม", "krathum"}, {"ขี้เหล็ก", "khilek"},
    {"จิก", "chik"},        {"เสือ", "suea"},       {"ช้าง", "chang"},     {"เต่า", "tao"},
    {"ปลาค้าว", "plakhao"}, {"ผักหวาน", "phakwan"}, {"กระเบา", "krabao"}, {"บก", "bok"},
};

static const struct syllable tails[] = {
    {"ใหญ่", "yai"},     {"น้อย", "noi"},  {"ทอง", "thong"},      {"งาม", "ngam"},
    {"เหนือ", "nuea"},   {"ใต้", "tai"},   {"พัฒนา", "phatthana"}, {"สามัคคี", "samakkhi"},
    {"ศรีสุข", "sisuk"},  {"ใหม่", "mai"},  {"เจริญ", "charoen"},   {"ชัย", "chai"},
    {"สว่าง", "sawang"}, {"ทุ่ง", "thung"},
};

struct kind {
    const char *th, *host; /* host: prefix of the website host name */
    int per_mille;         /* share of the agencies that are not the province's own */
};

/* Roughly the national mix of local administrative organisations. */
static const struct kind kinds[] = {
    {"องค์การบริหารส่วนตำบล", "", 690},
    {"เทศบาลตำบล", "tambon", 280},
    {"เทศบาลเมือง", "mueang", 26},
    {"เทศบาลนคร", "nakhon", 4},
};

const char *const gen_unit_names[GEN_UNITS] = {
    "สำนักปลัด",        "กองคลัง",
    "กองช่าง",         "กองการศึกษา ศาสนาและวัฒนธรรม",
    "กองสวัสดิการสังคม", "กองสาธารณสุขและสิ่งแวดล้อม",
};

const char *const gen_constraint_headings[GEN_CONSTRAINTS] = {
    "ข้อจำกัดด้านบุคลากร",
    "ข้อจำกัดงบประมาณ",
    "ข้อจำกัดด้านเทคโนโลยี",
    "ข้อจำกัดด้านสภาพพื้นที่",
    "ข้อจำกัดด้านเศรษฐกิจ วัฒนธรรม การดำรงชีวิตของคนในพื้นที่",
};

/* A set of 64-bit name hashes (open addressing). A false positive only costs one
 * more attempt at a name, so the strings themselves need not be kept. */
struct gen_names {
    uint64_t *slot;
    size_t cap;
};

struct gen_names *gen_names_new(size_t expected)
{
    struct gen_names *n = calloc(1, sizeof *n);
    if (!n) return NULL;
    n->cap = 1024;
    while (n->cap < expected * 4)
        n->cap *= 2;
    n->slot = calloc(n->cap, sizeof *n->slot);
    if (!n->slot) {
        free(n);
        return NULL;
    }
    return n;
}

void gen_names_free(struct gen_names *names)
{
    if (!names) return;
    free(names->slot);
    free(names);
}

static uint64_t fnv1a(const char *s)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 0x100000001b3ULL;
    return h | 1; /* 0 marks an empty slot */
}

/* Adds name; 0 when it was new, 1 when taken. The table never fills: it is sized
 * at four times the number of agencies. */
static int names_add(struct gen_names *n, const char *name)
{
    uint64_t h = fnv1a(name);
    for (size_t i = h & (n->cap - 1);; i = (i + 1) & (n->cap - 1)) {
        if (n->slot[i] == h) return 1;
        if (n->slot[i] == 0) {
            n->slot[i] = h;
            return 0;
        }
    }
}

/* A place name of two to three syllables, in Thai and romanized. */
static void place_name(struct gen_rng *r, char *th, size_t th_n, char *rom, size_t rom_n)
{
    const struct syllable *h = &heads[gen_below(r, COUNT(heads))];
    const struct syllable *b = &bodies[gen_below(r, COUNT(bodies))];
    int form = gen_below(r, 10);
    const struct syllable *t = form < 4   ? &tails[gen_below(r, COUNT(tails))]
                               : form < 6 ? &bodies[gen_below(r, COUNT(bodies))]
                                          : NULL;
    snprintf(th, th_n, "%s%s%s", h->th, b->th, t ? t->th : "");
    snprintf(rom, rom_n, "%s%s%s", h->rom, b->rom, t ? t->rom : "");
}

static const struct kind *pick_kind(struct gen_rng *r)
{
    int x = gen_below(r, 1000);
    for (size_t i = 0; i < COUNT(kinds); i++) {
        if (x < kinds[i].per_mille) return &kinds[i];
        x -= kinds[i].per_mille;
    }
    return &kinds[0];
}

/* Districts are derived from (province, district number) alone, so they need no
 * table: the first is always อำเภอเมือง of the province. */
static void district_name(int p, int k, char *out, size_t n)
{
    int count = 8 + p % 11;
    int d = k % count;
    if (d == 0) {
        snprintf(out, n, "เมือง%s", provinces[p]);
        return;
    }
    struct gen_rng r = {(uint64_t)p * 1000 + (uint64_t)d};
    char rom[96];
    place_name(&r, out, n, rom, sizeof rom);
}

static void province_agency(int p, struct gen_agency *a)
{
    if (p == 0) { /* Bangkok is its own local government */
        snprintf(a->kind, sizeof a->kind, "กรุงเทพมหานคร");
        snprintf(a->name, sizeof a->name, "กรุงเทพมหานคร");
    } else {
        snprintf(a->kind, sizeof a->kind, "องค์การบริหารส่วนจังหวัด");
        snprintf(a->name, sizeof a->name, "องค์การบริหารส่วนจังหวัด%s", provinces[p]);
    }
    snprintf(a->domain, sizeof a->domain, "www.pao-p%02d.go.th", p + 1);
}

int gen_agency_make(struct gen_rng *r, struct gen_names *names, int p, int k, struct gen_agency *a)
{
    memset(a, 0, sizeof *a);
    a->province = provinces[p];
    /* Skewed towards good: most agencies pass (94 % in 2568, national mean 93.8). */
    a->quality = sqrt(gen_unit(r));
    district_name(p, k, a->district, sizeof a->district);
    if (k == 0) {
        province_agency(p, a);
        return names_add(names, a->name) ? -1 : 0;
    }
    const struct kind *kind = pick_kind(r);
    snprintf(a->kind, sizeof a->kind, "%s", kind->th);
    for (int attempt = 0; attempt < 10000; attempt++) {
        char place[160], rom[64];
        place_name(r, place, sizeof place, rom, sizeof rom);
        snprintf(a->name, sizeof a->name, "%s%s", kind->th, place);
        if (names_add(names, a->name)) continue;
        snprintf(a->domain, sizeof a->domain, "www.%s%s.go.th", kind->host, rom);
        return 0;
    }
    return -1;
}

const char *gen_oit_note(struct gen_rng *r, int state)
{
    static const char *const not_done[] = {
        "ยังไม่ได้ดำเนินการ",
        "ยังไม่มีข้อมูลของปีนี้",
        "ลิงก์เดิมเข้าไม่ได้ ต้องจัดทำหน้าใหม่",
    };
    static const char *const in_progress[] = {
        "อยู่ระหว่างรวบรวมข้อมูลจากกองคลัง",
        "รอผู้บริหารลงนามก่อนเผยแพร่",
        "อยู่ระหว่างจัดทำรายงานรอบ ๖ เดือน",
        "ปรับปรุงหน้าเว็บไซต์ให้ครบองค์ประกอบ",
    };
    static const char *const done[] = {
        "เผยแพร่บนเว็บไซต์หลักครบตามองค์ประกอบ", "ปรับปรุงข้อมูลให้เป็นปัจจุบันแล้ว",   "ตรวจสอบลิงก์แล้ว เข้าถึงได้",
        "ผู้บริหารลงนามแล้ว เผยแพร่ในเว็บไซต์",    "จัดทำข้อมูลครบถ้วน มีวันที่เผยแพร่",
    };
    if (state == ITA_DONE) return gen_pick(r, done, COUNT(done));
    if (state == ITA_IN_PROGRESS) return gen_pick(r, in_progress, COUNT(in_progress));
    return gen_pick(r, not_done, COUNT(not_done));
}

const char *gen_constraint_text(struct gen_rng *r, int heading)
{
    static const char *const texts[GEN_CONSTRAINTS][2] = {
        {"บุคลากรผู้รับผิดชอบมีจำกัด และแต่ละคนมีภารกิจประจำของตนเอง การรวบรวมข้อมูลจึงล่าช้า",
         "เจ้าหน้าที่ผู้รับผิดชอบย้ายบ่อย ขาดความต่อเนื่องในการเผยแพร่ข้อมูล"},
        {"หน่วยงานไม่มีข้อจำกัดด้านงบประมาณ", "งบประมาณสำหรับพัฒนาระบบสารสนเทศมีจำกัด"},
        {"เว็บไซต์ของหน่วยงานมีข้อจำกัดด้านพื้นที่จัดเก็บและการปรับปรุงหน้า", "สัญญาณอินเทอร์เน็ตในพื้นที่ไม่เสถียร"},
        {"พื้นที่กว้าง ประชาชนเข้าถึงช่องทางออนไลน์ได้น้อย", "ไม่มีข้อจำกัดด้านสภาพพื้นที่"},
        {"ประชาชนส่วนใหญ่ประกอบอาชีพเกษตรกรรม มีเวลาร่วมกิจกรรมน้อย", "ผู้สูงอายุในพื้นที่ใช้เทคโนโลยีได้จำกัด"},
    };
    return texts[heading % GEN_CONSTRAINTS][gen_below(r, 2)];
}

const char *gen_weakness(struct gen_rng *r)
{
    static const char *const w[] = {
        "เจ้าหน้าที่บางส่วนยังปฏิบัติงานไม่เป็นไปตามขั้นตอนและระยะเวลาที่กำหนด",
        "ข้อมูลบนเว็บไซต์หลักไม่ครบองค์ประกอบ และบางลิงก์เข้าถึงไม่ได้",
        "ผู้รับบริการยังไม่ทราบช่องทางการร้องเรียนและการให้ข้อเสนอแนะ",
        "การเผยแพร่แผนการใช้จ่ายงบประมาณยังไม่ทั่วถึง",
    };
    return gen_pick(r, w, COUNT(w));
}

const char *gen_to_develop(struct gen_rng *r)
{
    static const char *const d[] = {
        "กำหนดผู้รับผิดชอบและขั้นตอนการปฏิบัติงานให้ชัดเจน แล้วแจ้งเวียนให้บุคลากรทราบ",
        "ตรวจสอบข้อมูลบนเว็บไซต์ทุกไตรมาสให้ครบตามองค์ประกอบและเป็นปัจจุบัน",
        "เพิ่มช่องทางการสื่อสารที่เข้าถึงง่าย ทั้งเว็บไซต์ เฟซบุ๊ก และบอร์ดประชาสัมพันธ์",
    };
    return gen_pick(r, d, COUNT(d));
}

const char *gen_keep_level(struct gen_rng *r)
{
    static const char *const k[] = {
        "รักษามาตรฐานการเปิดเผยข้อมูลที่เป็นปัจจุบันต่อสาธารณะอย่างสม่ำเสมอ",
        "รักษาระดับการให้บริการและการสื่อสารกับประชาชน",
    };
    return gen_pick(r, k, COUNT(k));
}

const char *gen_progress_text(struct gen_rng *r, int state)
{
    static const char *const going[] = {
        "ดำเนินการแล้วบางส่วน อยู่ระหว่างรวบรวมผล",
        "จัดประชุมชี้แจงแล้ว รอรายงานจากกอง",
    };
    static const char *const done[] = {
        "ดำเนินการแล้วเสร็จ รายงานผู้บริหารทราบ",
        "ดำเนินการครบตามแผน เผยแพร่ผลบนเว็บไซต์",
    };
    if (state == ITA_DONE) return gen_pick(r, done, COUNT(done));
    if (state == ITA_IN_PROGRESS) return gen_pick(r, going, COUNT(going));
    return "ยังไม่ได้เริ่มดำเนินการ";
}

const char *gen_result_text(struct gen_rng *r)
{
    static const char *const res[] = {
        "ดำเนินการครบทุกขั้นตอน บุคลากรรับทราบและปฏิบัติตาม",
        "ผลคะแนนตัวชี้วัดที่เกี่ยวข้องดีขึ้นในรอบการประเมินถัดไป",
    };
    return gen_pick(r, res, COUNT(res));
}

static const char *const measure_titles[10][2] = {
    {"จัดทำคู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่",
     "จัดประชุมประจำเดือนเพื่อติดตามการปฏิบัติงานตามขั้นตอนและระยะเวลา"},
    {"เผยแพร่แผนการใช้จ่ายงบประมาณประจำปีให้บุคลากรและประชาชนทราบ", "จัดทำรายงานผลการจัดซื้อจัดจ้างรายเดือน"},
    {"ประกาศหลักเกณฑ์การประเมินผลการปฏิบัติงานรายบุคคลให้ชัดเจน", "เปิดช่องทางร้องเรียนการใช้อำนาจโดยมิชอบ"},
    {"จัดทำแนวทางการยืมและการใช้ทรัพย์สินของราชการ", "จัดทำทะเบียนคุมทรัพย์สินและเผยแพร่ขั้นตอนการขออนุญาต"},
    {"จัดทำแผนป้องกันการทุจริตและเผยแพร่ให้บุคลากรทราบ", "ส่งเสริมให้บุคลากรมีส่วนร่วมในการแจ้งเบาะแสการทุจริต"},
    {"ประกาศขั้นตอนและระยะเวลาการให้บริการประชาชน", "สำรวจความพึงพอใจของผู้รับบริการทุกไตรมาส"},
    {"พัฒนาช่องทางประชาสัมพันธ์ผ่านเว็บไซต์และเฟซบุ๊กของหน่วยงาน", "จัดทำป้ายประชาสัมพันธ์ข้อมูลข่าวสารที่เข้าถึงง่าย"},
    {"พัฒนาระบบบริการออนไลน์ (E-Service)", "ปรับปรุงขั้นตอนการให้บริการให้สั้นลงโดยรับฟังความเห็นของประชาชน"},
    {"ตรวจสอบและปรับปรุงข้อมูลบนเว็บไซต์หลักให้ครบตามองค์ประกอบ OIT", "แต่งตั้งผู้รับผิดชอบข้อมูลแต่ละข้อของ OIT"},
    {"จัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
     "รายงานผลการดำเนินการตามแผนป้องกันการทุจริตรอบ ๖ เดือน"},
};

static const char *const steps_pool[] = {
    "จัดประชุมชี้แจงผู้รับผิดชอบ",
    "แจ้งเวียนให้บุคลากรในหน่วยงานรับทราบ",
    "เผยแพร่บนเว็บไซต์และบอร์ดประชาสัมพันธ์",
    "ติดตามผลและรายงานผู้บริหารทุกไตรมาส",
    "ทบทวนและปรับปรุงแนวทางตามข้อเสนอแนะ",
    "จัดทำคำสั่งมอบหมายผู้รับผิดชอบ",
};

static const char *const approaches[] = {
    "ปรับปรุงจากผลการประเมินปีที่ผ่านมา",
    "ต่อยอดมาตรการเดิมให้ครอบคลุมทุกกอง",
    "นำข้อเสนอแนะของคณะกรรมการติดตามมาดำเนินการ",
};

void gen_measure_text(struct gen_rng *r, int ind, char *title, size_t title_n, char *approach,
                      size_t approach_n, char *steps, size_t steps_n)
{
    static const char *const thai_digit[] = {"๑", "๒", "๓"};
    int i = (ind >= 1 && ind <= 10) ? ind - 1 : 0;
    snprintf(title, title_n, "%s", measure_titles[i][gen_below(r, 2)]);
    snprintf(approach, approach_n, "%s", gen_pick(r, approaches, COUNT(approaches)));
    int first = gen_below(r, COUNT(steps_pool));
    size_t used = 0;
    steps[0] = '\0';
    for (int s = 0; s < 3 && used < steps_n; s++)
        used += (size_t)snprintf(steps + used, steps_n - used, "%s%s.%s", s ? "\n" : "",
                                 thai_digit[s], steps_pool[(first + s) % COUNT(steps_pool)]);
}

/* Thai digits of a number, for dates as agencies print them. */
static void thai_number(int v, char *out, size_t n)
{
    static const char *const digit[] = {"๐", "๑", "๒", "๓", "๔", "๕", "๖", "๗", "๘", "๙"};
    char ascii[16];
    snprintf(ascii, sizeof ascii, "%d", v);
    size_t used = 0;
    out[0] = '\0';
    for (const char *c = ascii; *c && used < n; c++)
        used += (size_t)snprintf(out + used, n - used, "%s", digit[*c - '0']);
}

void gen_period_text(int fiscal_year, char *out, size_t n)
{
    char from[32], to[32];
    thai_number(fiscal_year - 1, from, sizeof from);
    thai_number(fiscal_year, to, sizeof to);
    snprintf(out, n, "๑ ตุลาคม %s - ๓๐ กันยายน %s", from, to);
}
