package org.sanctions.registry.importer;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.sanctions.registry.common.LimitedInputStream;

/**
 * One uploaded file, or one member of an uploaded zip archive, that can be opened as often as a parser needs.
 * {@link #open()} undoes gzip transparently, so {@code consolidated.csv.gz} reads like {@code consolidated.csv}; what
 * gzip or zip expands to is bounded ({@link #withExpansionLimit}), so a small bomb cannot fill disk or time.
 */
public final class ImportFile {

    private final String name;
    private final Path path;
    private final String zipEntry;
    private final long maxExpandedBytes;

    private ImportFile(String name, Path path, String zipEntry, long maxExpandedBytes) {
        this.name = Objects.requireNonNull(name, "name");
        this.path = Objects.requireNonNull(path, "path");
        this.zipEntry = zipEntry;
        this.maxExpandedBytes = maxExpandedBytes;
    }

    public static ImportFile of(Path path) {
        return of(path.getFileName().toString(), path);
    }

    /** A file on disk under the name the client gave it (uploads are spooled to disk under another name). */
    public static ImportFile of(String name, Path path) {
        return new ImportFile(name, path, null, Long.MAX_VALUE);
    }

    /** The same file whose decompressed content (gunzipped, or as a zip member) may not exceed {@code maxBytes}. */
    public ImportFile withExpansionLimit(long maxBytes) {
        return new ImportFile(name, path, zipEntry, maxBytes);
    }

    ImportFile zipMember(String entry) {
        String base = entry.substring(entry.lastIndexOf('/') + 1);
        return new ImportFile(base, path, entry, maxExpandedBytes);
    }

    /** The file's name without a trailing {@code .gz}: what the content is called. */
    public String name() {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }

    /** The file on disk (for a zip member: the archive). Random-access readers such as XLSX need it. */
    public Path path() {
        return path;
    }

    public boolean isZipMember() {
        return zipEntry != null;
    }

    /** Opens the content, gunzipped when it is gzip; the caller closes it. */
    public InputStream open() throws IOException {
        InputStream raw = zipEntry == null ? Files.newInputStream(path) : limited(openZipMember());
        BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        if (b1 == 0x1f && b2 == 0x8b) {
            return new BufferedInputStream(limited(new GZIPInputStream(in, 64 * 1024)), 64 * 1024);
        }
        return in;
    }

    private InputStream limited(InputStream expanding) {
        if (maxExpandedBytes == Long.MAX_VALUE) {
            return expanding;
        }
        return new LimitedInputStream(expanding, maxExpandedBytes, () -> new ListFormatException(name()
                + " expands to more than " + maxExpandedBytes + " bytes when decompressed: refused as a likely"
                + " decompression bomb"));
    }

    /** The first bytes of the content (after gunzip), for format detection; fewer when the file is shorter. */
    public byte[] head(int max) throws IOException {
        try (InputStream in = open()) {
            return in.readNBytes(max);
        }
    }

    private InputStream openZipMember() throws IOException {
        ZipFile zip = new ZipFile(path.toFile());
        ZipEntry entry = zip.getEntry(zipEntry);
        if (entry == null) {
            zip.close();
            throw new ListFormatException("zip archive " + path.getFileName() + " has no member " + zipEntry);
        }
        return new FilterInputStream(zip.getInputStream(entry)) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    zip.close();
                }
            }
        };
    }

    @Override
    public String toString() {
        return zipEntry == null ? name : path.getFileName() + "!" + zipEntry;
    }
}
