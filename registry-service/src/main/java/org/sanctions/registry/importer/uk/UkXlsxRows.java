package org.sanctions.registry.importer.uk;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.sanctions.registry.importer.ImportFile;
import org.sanctions.registry.importer.ListFormatException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the first sheet of an XLSX workbook row by row with POI's SAX event API: the workbook is opened from disk
 * (random access, nothing loaded whole) and only the shared strings table is held in memory.
 */
final class UkXlsxRows {

    private UkXlsxRows() {
    }

    static void read(ImportFile file, UkRowSink sink) throws IOException {
        if (file.isZipMember()) {
            throw new ListFormatException(file + " is a file inside a zip archive, not an XLSX workbook");
        }
        try (OPCPackage workbook = OPCPackage.open(file.path().toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ListFormatException(file.name() + " is a workbook without sheets");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = SAXHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                        new RowCollector(sink), new DataFormatter(), false));
                xml.parse(new InputSource(sheet));
            }
        } catch (NotOfficeXmlFileException e) {
            throw new ListFormatException(file.name() + " is not an XLSX workbook (Office Open XML): "
                    + withoutPath(e, file), e);
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | org.apache.poi.ooxml.POIXMLException e) {
            throw new ListFormatException(file.name() + " is not a readable XLSX workbook (truncated or corrupt): "
                    + withoutPath(e, file), e);
        }
    }

    /** POI names the server-side file in its messages; clients only know their own file name. */
    private static String withoutPath(Exception e, ImportFile file) {
        String message = String.valueOf(e.getMessage());
        return message.replace(file.path().toAbsolutePath().toString(), file.name())
                .replace(file.path().toString(), file.name());
    }

    /** Gathers the cells of one row by column index; POI leaves empty cells out, so gaps are filled with null. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final UkRowSink sink;
        private final List<String> cells = new ArrayList<>();

        RowCollector(UkRowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            sink.row(rowNum + 1L, new ArrayList<>(cells));
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add(null);
            }
            cells.add(value);
        }
    }
}
