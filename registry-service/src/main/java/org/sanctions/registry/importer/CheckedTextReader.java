package org.sanctions.registry.importer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a text file strictly: honours a byte-order mark, otherwise uses the format's charset; bytes that are not
 * valid in it, or NUL characters (binary data, UTF-16 without BOM), stop the parse with a {@link ListFormatException}
 * naming the line. It also remembers whether the text ended with a line break, which tells a truncated file.
 */
public final class CheckedTextReader extends Reader {

    private static final char DOS_EOF = 0x1A;

    private final Reader in;
    private final String fileName;
    private final Charset charset;
    private long line = 1;
    private char last;
    private boolean sawText;

    private CheckedTextReader(Reader in, String fileName, Charset charset) {
        this.in = in;
        this.fileName = fileName;
        this.charset = charset;
    }

    public static CheckedTextReader open(ImportFile file, Charset charset) throws IOException {
        return of(file.open(), file.name(), charset);
    }

    public static CheckedTextReader of(InputStream raw, String fileName, Charset fallback) throws IOException {
        BufferedInputStream in = raw instanceof BufferedInputStream b ? b : new BufferedInputStream(raw);
        in.mark(3);
        byte[] bom = in.readNBytes(3);
        in.reset();
        Charset charset = fallback;
        int skip = 0;
        if (bom.length >= 3 && (bom[0] & 0xff) == 0xEF && (bom[1] & 0xff) == 0xBB && (bom[2] & 0xff) == 0xBF) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (bom.length >= 2 && (bom[0] & 0xff) == 0xFE && (bom[1] & 0xff) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (bom.length >= 2 && (bom[0] & 0xff) == 0xFF && (bom[1] & 0xff) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        }
        in.skipNBytes(skip);
        var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new CheckedTextReader(new InputStreamReader(in, decoder), fileName, charset);
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n;
        try {
            n = in.read(buf, off, len);
        } catch (CharacterCodingException e) {
            throw new ListFormatException(fileName + " is not valid " + charset.name() + " text at line " + line
                    + " (undecodable bytes): wrong encoding or not a text file", e);
        }
        for (int i = off; i < off + n; i++) {
            char c = buf[i];
            if (c == 0) {
                throw new ListFormatException(fileName + " contains a NUL character at line " + line
                        + ": binary data or UTF-16 text without byte-order mark, not " + charset.name() + " text");
            }
            if (c == '\n') {
                line++;
            }
            if (c != DOS_EOF) {
                last = c;
                sawText |= !Character.isWhitespace(c);
            }
        }
        return n;
    }

    /** Whether everything read so far ends with a line break (a DOS end-of-file byte after it is ignored). */
    public boolean endsWithLineBreak() {
        return last == '\n' || last == '\r';
    }

    /** Whether nothing but white space and DOS end-of-file bytes has been read. */
    public boolean sawNoText() {
        return !sawText;
    }

    public String fileName() {
        return fileName;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
