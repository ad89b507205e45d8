package org.sanctions.registry.importer;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.function.Consumer;
import java.util.zip.ZipException;

/**
 * Reads one list format as a stream: parties go to the sink one by one, bad rows to the rejects, so memory stays
 * flat whatever the file size. A file that is not of this format as a whole throws {@link ListFormatException};
 * streaming formats may have passed parties to the sink before a truncation shows, so the caller applies an import
 * all or nothing (one transaction) and discards everything on that exception.
 */
public interface ListParser {

    ListFormat format();

    /** Parses the input; parties reach {@code parties} in file order (or source-id order where rows are joined). */
    default ParseSummary parse(ImportInput input, Consumer<ImportedParty> parties, Consumer<RejectedRow> rejects) {
        ParseRun run = new ParseRun(format(), parties, rejects);
        try {
            read(input, run);
        } catch (EOFException | ZipException e) {
            throw new ListFormatException(input.main().name() + " ends unexpectedly or is a corrupt archive"
                    + " (truncated?): " + e.getMessage(), e);
        } catch (CharacterCodingException e) {
            throw new ListFormatException(input.main().name() + " cannot be decoded: wrong encoding", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return run.summary();
    }

    /** Reads the input into the run; formats implement this. */
    void read(ImportInput input, ParseRun run) throws IOException;
}
