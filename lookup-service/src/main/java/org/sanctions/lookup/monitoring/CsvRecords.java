package org.sanctions.lookup.monitoring;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Splits a CSV file into records the way RFC 4180 does: a line break inside a quoted field (an address written on two
 * lines, as spreadsheet exports do) belongs to the record, so one record may span several physical lines. A quote
 * that is never closed within {@link #MAX_LINES} lines or before the end of the file cannot be told apart from a
 * typo, so that line alone is returned as {@link Record#unterminated() unterminated} (the upload rejects it with its
 * line number) and reading goes on with the next physical line: one bad quote never swallows the rest of a file.
 */
final class CsvRecords {

    /** Longest record accepted, in physical lines. */
    static final int MAX_LINES = 50;
    private static final int MAX_CHARS = 64 * 1024;

    /** One record: the number of its first physical line, its text (line breaks kept as {@code \n}). */
    record Record(int line, String text, boolean unterminated) {
    }

    private record Line(int number, String text) {
    }

    private final BufferedReader reader;
    private final Deque<Line> pushedBack = new ArrayDeque<>();
    private int lastRead;

    CsvRecords(BufferedReader reader) {
        this.reader = reader;
    }

    /** The next record, or null at the end of the file. */
    Record next() throws IOException {
        Line first = line();
        if (first == null) {
            return null;
        }
        if (!opensQuote(first.text(), false)) {
            return new Record(first.number(), first.text(), false);
        }
        Deque<Line> taken = new ArrayDeque<>();
        StringBuilder text = new StringBuilder(first.text());
        boolean open = true;
        while (open && taken.size() < MAX_LINES - 1 && text.length() <= MAX_CHARS) {
            Line more = line();
            if (more == null) {
                break;
            }
            taken.add(more);
            text.append('\n').append(more.text());
            open = opensQuote(more.text(), true);
        }
        if (open) {
            while (!taken.isEmpty()) {
                pushedBack.push(taken.removeLast());
            }
            return new Record(first.number(), first.text(), true);
        }
        return new Record(first.number(), text.toString(), false);
    }

    private Line line() throws IOException {
        if (!pushedBack.isEmpty()) {
            return pushedBack.pop();
        }
        String text = reader.readLine();
        return text == null ? null : new Line(++lastRead, text);
    }

    /** Whether a quoted field is still open after this text, given whether it was open before it. */
    private static boolean opensQuote(String text, boolean open) {
        boolean inQuotes = open;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '"') {
                inQuotes = !inQuotes;
            }
        }
        return inQuotes;
    }
}
