package org.sanctions.lookup.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    private static List<CsvRecords.Record> read(String csv) throws IOException {
        CsvRecords records = new CsvRecords(new BufferedReader(new StringReader(csv)));
        List<CsvRecords.Record> out = new ArrayList<>();
        for (CsvRecords.Record r = records.next(); r != null; r = records.next()) {
            out.add(r);
        }
        return out;
    }

    @Test
    void aLineBreakInsideQuotesBelongsToTheRecordWhichKeepsItsFirstLineNumber() throws IOException {
        List<CsvRecords.Record> records = read("id,name,address\n"
                + "c-1,Ann Smith,\"12 High Street\nFlat 3\nLeeds\"\n"
                + "c-2,\"Bob \"\"the builder\"\" Jones\",\"x\"\n");
        assertThat(records).extracting(CsvRecords.Record::line).containsExactly(1, 2, 5);
        assertThat(records.get(1).text()).isEqualTo("c-1,Ann Smith,\"12 High Street\nFlat 3\nLeeds\"");
        assertThat(records.get(2).text()).isEqualTo("c-2,\"Bob \"\"the builder\"\" Jones\",\"x\"");
        assertThat(records).noneMatch(CsvRecords.Record::unterminated);
    }

    @Test
    void aQuoteNeverClosedIsOneBadLineAndReadingGoesOnWithTheNextLine() throws IOException {
        List<CsvRecords.Record> records = read("id,name\nc-1,\"Ann Smith\nc-2,Bob\nc-3,Carol\n");
        assertThat(records).extracting(CsvRecords.Record::line).containsExactly(1, 2, 3, 4);
        assertThat(records.get(1).unterminated()).isTrue();
        assertThat(records.get(1).text()).isEqualTo("c-1,\"Ann Smith");
        assertThat(records.get(2)).isEqualTo(new CsvRecords.Record(3, "c-2,Bob", false));
        assertThat(records.get(3)).isEqualTo(new CsvRecords.Record(4, "c-3,Carol", false));
    }

    @Test
    void anOpenQuoteStopsLookingAfterTheLineLimit() throws IOException {
        StringBuilder csv = new StringBuilder("id,name\nc-1,\"open\n");
        for (int i = 0; i < CsvRecords.MAX_LINES + 5; i++) {
            csv.append("c-x").append(i).append(",Name ").append(i).append('\n');
        }
        csv.append("c-end,\"closing\"\"\n");
        List<CsvRecords.Record> records = read(csv.toString());
        assertThat(records.get(1).unterminated()).isTrue();
        assertThat(records.get(2)).isEqualTo(new CsvRecords.Record(3, "c-x0,Name 0", false));
        assertThat(records).hasSize(2 + CsvRecords.MAX_LINES + 5 + 1);
    }
}
