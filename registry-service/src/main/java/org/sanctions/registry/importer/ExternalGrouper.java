package org.sanctions.registry.importer;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.BiConsumer;

/**
 * Brings together the records of each key with bounded memory, for lists whose entries are spread over rows that are
 * not adjacent (UK name rows by Group ID) or over several files (OFAC sdn/alt/add by ent_num). Records are kept in
 * memory up to a budget, then written to disk as sorted runs that are merged at the end: groups come out in key order,
 * the records of a group in the order they were added. Only one group at a time needs to fit in memory.
 */
public final class ExternalGrouper implements AutoCloseable {

    /** About 8 MB of characters in memory before a run goes to disk. */
    public static final long DEFAULT_BUDGET_CHARS = 4_000_000;

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::key).thenComparingLong(Entry::seq);

    private final long budgetChars;
    private final List<Entry> buffer = new ArrayList<>();
    private final List<Path> runs = new ArrayList<>();
    private long bufferedChars;
    private long seq;
    private Path dir;

    public ExternalGrouper() {
        this(DEFAULT_BUDGET_CHARS);
    }

    public ExternalGrouper(long budgetChars) {
        this.budgetChars = budgetChars;
    }

    /** One record: its key, its place in insertion order, its fields (any text, null allowed). */
    private record Entry(String key, long seq, List<String> fields) {
    }

    public void add(String key, List<String> fields) {
        buffer.add(new Entry(key, seq++, fields));
        bufferedChars += key.length() + 16;
        for (String f : fields) {
            bufferedChars += f == null ? 1 : f.length() + 1;
        }
        if (bufferedChars > budgetChars) {
            spill();
        }
    }

    /** How many sorted runs went to disk so far (0 when everything fitted in memory). */
    public int spilledRuns() {
        return runs.size();
    }

    /** Calls back once per key, in key order, with the key's records in insertion order. */
    public void forEachGroup(BiConsumer<String, List<List<String>>> consumer) {
        buffer.sort(ORDER);
        PriorityQueue<Cursor> queue = new PriorityQueue<>(Comparator.comparing(Cursor::head, ORDER));
        List<Cursor> cursors = new ArrayList<>();
        for (Path run : runs) {
            cursors.add(new Cursor(new RunIterator(run)));
        }
        cursors.add(new Cursor(buffer.iterator()));
        cursors.stream().filter(Cursor::advance).forEach(queue::add);
        String key = null;
        List<List<String>> group = new ArrayList<>();
        while (!queue.isEmpty()) {
            Cursor top = queue.poll();
            Entry entry = top.head;
            if (key != null && !key.equals(entry.key())) {
                consumer.accept(key, group);
                group = new ArrayList<>();
            }
            key = entry.key();
            group.add(entry.fields());
            if (top.advance()) {
                queue.add(top);
            }
        }
        if (key != null) {
            consumer.accept(key, group);
        }
        buffer.clear();
    }

    private void spill() {
        buffer.sort(ORDER);
        try {
            if (dir == null) {
                dir = Files.createTempDirectory("sanctions-import-");
            }
            Path run = dir.resolve("run-" + runs.size() + ".tsv");
            try (BufferedWriter out = Files.newBufferedWriter(run, StandardCharsets.UTF_8)) {
                for (Entry e : buffer) {
                    out.write(escape(e.key()) + '\t' + e.seq());
                    for (String f : e.fields()) {
                        out.write('\t');
                        out.write(escape(f));
                    }
                    out.write('\n');
                }
            }
            runs.add(run);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a sorted run to the temporary directory", e);
        }
        buffer.clear();
        bufferedChars = 0;
    }

    @Override
    public void close() {
        try {
            for (Path run : runs) {
                Files.deleteIfExists(run);
            }
            if (dir != null) {
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String escape(String s) {
        if (s == null) {
            return "\\N";
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String unescape(String s) {
        if (s.equals("\\N")) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The next entry of one sorted source. */
    private static final class Cursor {
        private final Iterator<Entry> source;
        private Entry head;

        Cursor(Iterator<Entry> source) {
            this.source = source;
        }

        Entry head() {
            return head;
        }

        boolean advance() {
            head = source.hasNext() ? source.next() : null;
            return head != null;
        }
    }

    /** Reads a run file back, one entry per line; closes the file at its end. */
    private static final class RunIterator implements Iterator<Entry> {
        private final BufferedReader reader;
        private String next;

        RunIterator(Path run) {
            try {
                reader = Files.newBufferedReader(run, StandardCharsets.UTF_8);
                next = reader.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public Entry next() {
            String[] parts = next.split("\t", -1);
            List<String> fields = new ArrayList<>(parts.length - 2);
            for (int i = 2; i < parts.length; i++) {
                fields.add(unescape(parts[i]));
            }
            Entry entry = new Entry(unescape(parts[0]), Long.parseLong(parts[1]), fields);
            try {
                next = reader.readLine();
                if (next == null) {
                    reader.close();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return entry;
        }
    }
}
