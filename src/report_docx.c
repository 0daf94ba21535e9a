/* The Word writer: an Office Open XML package zipped in memory with libzip -- the
 * document, styles with the document font (TH Sarabun New, Laksaman as its stand-in in
 * the font table) at 16 pt and the text tagged Thai, the page-number header, and the
 * package's content types and relationships. Word and LibreOffice open it as it is. */
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "report_docs.h"
#include "report_docx.h"
#include "report_xml.h"
#include "text/tt_sanitize.h"
#include "xalloc.h"

void docx_esc(FILE *out, const char *text)
{
    report_xml_esc(out, text, NULL);
}

static const char content_types[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" "
    "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
    "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
    "<Override PartName=\"/word/styles.xml\" ContentType=\"application/"
    "vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
    "<Override PartName=\"/word/fontTable.xml\" ContentType=\"application/"
    "vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml\"/>"
    "<Override PartName=\"/word/settings.xml\" ContentType=\"application/"
    "vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
    "<Override PartName=\"/word/header1.xml\" ContentType=\"application/"
    "vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>"
    "<Override PartName=\"/docProps/core.xml\" "
    "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
    "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/"
    "vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
    "</Types>\n";

#define REL_NS "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
static const char package_rels[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"" REL_NS "/officeDocument\" Target=\"word/document.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/"
    "relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
    "<Relationship Id=\"rId3\" Type=\"" REL_NS "/extended-properties\" "
    "Target=\"docProps/app.xml\"/>"
    "</Relationships>\n";

static const char document_rels[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rIdStyles\" Type=\"" REL_NS "/styles\" Target=\"styles.xml\"/>"
    "<Relationship Id=\"rIdFonts\" Type=\"" REL_NS "/fontTable\" Target=\"fontTable.xml\"/>"
    "<Relationship Id=\"rIdSettings\" Type=\"" REL_NS "/settings\" Target=\"settings.xml\"/>"
    "<Relationship Id=\"rIdHeader\" Type=\"" REL_NS "/header\" Target=\"header1.xml\"/>"
    "</Relationships>\n";

#define FONT                                                                                       \
    "w:ascii=\"TH Sarabun New\" w:hAnsi=\"TH Sarabun New\" "                                       \
    "w:eastAsia=\"TH Sarabun New\" w:cs=\"TH Sarabun New\""
static const char styles[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<w:styles xmlns:w=\"" DOCX_W_NS "\">"
    "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts " FONT "/>"
    "<w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>"
    "<w:lang w:val=\"th-TH\" w:eastAsia=\"th-TH\" w:bidi=\"th-TH\"/></w:rPr></w:rPrDefault>"
    "<w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>"
    "</w:pPr></w:pPrDefault></w:docDefaults>"
    "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
    "<w:qFormat/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/>"
    "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>"
    "<w:pPr><w:keepNext/><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
    "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>"
    "<w:pPr><w:keepNext/><w:spacing w:before=\"240\"/><w:outlineLvl w:val=\"0\"/></w:pPr>"
    "<w:rPr><w:b/><w:bCs/></w:rPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/>"
    "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>"
    "<w:pPr><w:keepNext/><w:spacing w:before=\"120\"/><w:outlineLvl w:val=\"1\"/></w:pPr>"
    "<w:rPr><w:b/><w:bCs/></w:rPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Heading3\"><w:name w:val=\"heading 3\"/>"
    "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>"
    "<w:pPr><w:keepNext/><w:spacing w:before=\"60\"/><w:ind w:left=\"567\"/>"
    "<w:outlineLvl w:val=\"2\"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>"
    "</w:styles>\n";

static const char font_table[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<w:fonts xmlns:w=\"" DOCX_W_NS "\">"
    "<w:font w:name=\"TH Sarabun New\"><w:altName w:val=\"Laksaman\"/><w:charset w:val=\"DE\"/>"
    "<w:family w:val=\"swiss\"/><w:pitch w:val=\"variable\"/></w:font>"
    "<w:font w:name=\"Laksaman\"><w:charset w:val=\"DE\"/><w:family w:val=\"auto\"/>"
    "<w:pitch w:val=\"variable\"/></w:font>"
    "</w:fonts>\n";

static const char settings[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<w:settings xmlns:w=\"" DOCX_W_NS "\"><w:defaultTabStop w:val=\"720\"/>"
    "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
    "<w:themeFontLang w:val=\"th-TH\" w:bidi=\"th-TH\"/>"
    "<w:compat><w:compatSetting w:name=\"compatibilityMode\" "
    "w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
    "</w:settings>\n";

/* The page number, "-2-", at the top of every page but the first. */
static const char header[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<w:hdr xmlns:w=\"" DOCX_W_NS "\"><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
    "<w:r><w:t>-</w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
    "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
    "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>2</w:t></w:r>"
    "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t>-</w:t></w:r></w:p></w:hdr>\n";

static const char app[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    "extended-properties\"><Application>itadesk</Application></Properties>\n";

static void core(FILE *out, const struct rep_doc *d)
{
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/"
          "metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
          "<dc:title>",
          out);
    docx_esc(out, d->title ? d->title : "itadesk");
    fputs("</dc:title><dc:creator>itadesk</dc:creator><dc:language>th-TH</dc:language>"
          "</cp:coreProperties>\n",
          out);
}

/* Adds a part (copied: libzip frees its copy). -1 on failure. */
static int add_part(zip_t *z, const char *name, const char *data, size_t len)
{
    void *copy = xmalloc(len ? len : 1);
    memcpy(copy, data, len);
    zip_source_t *s = zip_source_buffer(z, copy, len, 1);
    if (!s) {
        free(copy);
        return -1;
    }
    if (zip_file_add(z, name, s, ZIP_FL_ENC_UTF_8) < 0) {
        zip_source_free(s);
        return -1;
    }
    return 0;
}

/* A part written by fn into memory, then added. */
static int add_generated(zip_t *z, const char *name, int (*fn)(FILE *, const struct rep_doc *),
                         const struct rep_doc *d)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f) return -1;
    int rc = fn(f, d);
    if (fclose(f) || rc) {
        free(buf);
        return -1;
    }
    rc = add_part(z, name, buf, len);
    free(buf);
    return rc;
}

static int core_part(FILE *out, const struct rep_doc *d)
{
    core(out, d);
    return 0;
}

static int add_parts(zip_t *z, const struct rep_doc *d)
{
    static const struct {
        const char *name, *data;
    } fixed[] = {
        {"[Content_Types].xml", content_types},
        {"_rels/.rels", package_rels},
        {"word/_rels/document.xml.rels", document_rels},
        {"word/styles.xml", styles},
        {"word/fontTable.xml", font_table},
        {"word/settings.xml", settings},
        {"word/header1.xml", header},
        {"docProps/app.xml", app},
    };
    for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++)
        if (add_part(z, fixed[i].name, fixed[i].data, strlen(fixed[i].data))) return -1;
    return add_generated(z, "word/document.xml", docx_document, d) ||
                   add_generated(z, "docProps/core.xml", core_part, d)
               ? -1
               : 0;
}

/* Copies the finished archive out of its in-memory source. */
static int copy_out(zip_source_t *src, FILE *out)
{
    zip_stat_t st;
    if (zip_source_open(src) < 0) return -1;
    int rc = -1;
    if (zip_source_stat(src, &st) == 0 && (st.valid & ZIP_STAT_SIZE)) {
        char buf[8192];
        zip_int64_t n, total = 0;
        while ((n = zip_source_read(src, buf, sizeof buf)) > 0) {
            fwrite(buf, 1, (size_t)n, out);
            total += n;
        }
        rc = n == 0 && (zip_uint64_t)total == st.size ? 0 : -1;
    }
    zip_source_close(src);
    return rc;
}

int report_docs_docx(const struct rep_doc *d, const struct report_render_opts *o, FILE *out)
{
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t *src = zip_source_buffer_create(NULL, 0, 0, &err);
    zip_t *z = src ? zip_open_from_source(src, ZIP_TRUNCATE, &err) : NULL;
    if (!z) {
        if (src) zip_source_free(src);
        zip_error_fini(&err);
        return -1;
    }
    zip_source_keep(src); /* it holds the archive after zip_close */
    int rc = add_parts(z, d);
    if (rc || zip_close(z) < 0) {
        zip_discard(z); /* still open after a failed close */
        zip_source_free(src);
        zip_error_fini(&err);
        return -1;
    }
    rc = copy_out(src, out);
    zip_source_free(src);
    zip_error_fini(&err);
    return rc;
}
