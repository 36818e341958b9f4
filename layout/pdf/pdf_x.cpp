#include "pdf/pdf_x.h"

#include "pdf/output_profile.h"
#include "pdf/pdf_file.h"

namespace paiban::pdf {
namespace {

QByteArray xmlEscaped(const QString& text) {
    return text.toHtmlEscaped().toUtf8();
}

}  // namespace

QByteArray writeOutputIntents(PdfFile& file, const OutputProfile& profile,
                              const QByteArray& deflated) {
    const int icc = file.reserve();
    if (deflated.isEmpty())
        file.writeStream(icc, " /N 4", profile.data);
    else
        file.writeRawStream(icc, " /N 4 /Filter /FlateDecode", deflated);
    const QByteArray condition = textString(profile.description);
    return "[<< /Type /OutputIntent /S /GTS_PDFX /OutputConditionIdentifier " + condition +
           " /OutputCondition " + condition + " /Info " + condition +
           " /RegistryName (http://www.color.org) /DestOutputProfile " + QByteArray::number(icc) +
           " 0 R >>]";
}

int writeXmpMetadata(PdfFile& file, const DocumentInfo& info, bool pdfx) {
    QByteArray xmp =
        "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "<rdf:Description rdf:about=\"\"\n"
        " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
        " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
        " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
        " xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\"\n"
        " xmlns:pdfxid=\"http://www.npes.org/pdfx/ns/id/\">\n"
        " <dc:format>application/pdf</dc:format>\n"
        " <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" +
        xmlEscaped(info.title) +
        "</rdf:li></rdf:Alt></dc:title>\n"
        " <xmp:CreatorTool>" +
        xmlEscaped(info.creator) + "</xmp:CreatorTool>\n <xmp:CreateDate>" + info.xmpDate +
        "</xmp:CreateDate>\n <xmp:ModifyDate>" + info.xmpDate +
        "</xmp:ModifyDate>\n <xmp:MetadataDate>" + info.xmpDate +
        "</xmp:MetadataDate>\n"
        " <pdf:Producer>Paiban</pdf:Producer>\n <pdf:Trapped>False</pdf:Trapped>\n"
        " <xmpMM:DocumentID>uuid:" +
        info.uuid + "</xmpMM:DocumentID>\n <xmpMM:InstanceID>uuid:" + info.uuid +
        "</xmpMM:InstanceID>\n <xmpMM:VersionID>1</xmpMM:VersionID>\n"
        " <xmpMM:RenditionClass>default</xmpMM:RenditionClass>\n";
    if (pdfx)
        xmp += " <pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>\n";
    xmp += "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    const int id = file.reserve();
    file.writeStream(id, " /Type /Metadata /Subtype /XML", xmp, false);
    return id;
}

QByteArray infoDictionary(const DocumentInfo& info, bool pdfx) {
    QByteArray dict = "<< /Title " + textString(info.title) + " /Creator " +
                      textString(info.creator) + " /Producer (Paiban) /CreationDate (" +
                      info.pdfDate + ") /ModDate (" + info.pdfDate + ") /Trapped /False";
    if (pdfx)
        dict += " /GTS_PDFXVersion (PDF/X-4)";
    return dict + " >>";
}

}  // namespace paiban::pdf
