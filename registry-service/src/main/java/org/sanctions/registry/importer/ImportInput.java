package org.sanctions.registry.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The files of one import: usually one, or a set such as {@code sdn.csv} + {@code alt.csv} + {@code add.csv}.
 * A zip archive that is not an Office document is opened up into its members, which are streamed from the archive.
 */
public final class ImportInput {

    /** More members than any list publication has: an archive with more is refused rather than walked. */
    static final int MAX_ZIP_MEMBERS = 100;

    private final List<ImportFile> files;

    private ImportInput(List<ImportFile> files) {
        if (files.isEmpty()) {
            throw new ListFormatException("no file to import");
        }
        this.files = List.copyOf(files);
    }

    public static ImportInput of(Path... paths) {
        List<ImportFile> files = new ArrayList<>();
        for (Path path : paths) {
            files.add(ImportFile.of(path));
        }
        return of(files);
    }

    /** The given files, with plain zip archives replaced by their members. */
    public static ImportInput of(List<ImportFile> given) {
        List<ImportFile> files = new ArrayList<>();
        for (ImportFile file : given) {
            files.addAll(expand(file));
        }
        return new ImportInput(files);
    }

    public List<ImportFile> files() {
        return files;
    }

    /** The file a single-file format reads. */
    public ImportFile main() {
        return files.get(0);
    }

    /** The first file whose lower-case name (without .gz) matches. */
    public Optional<ImportFile> find(Predicate<String> lowerCaseName) {
        return files.stream().filter(f -> lowerCaseName.test(f.name().toLowerCase(Locale.ROOT))).findFirst();
    }

    private static List<ImportFile> expand(ImportFile file) {
        if (file.isZipMember() || !isZip(file.path())) {
            return List.of(file);
        }
        try (ZipFile zip = new ZipFile(file.path().toFile())) {
            List<String> members = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (entry.getName().equals("[Content_Types].xml")) {
                    return List.of(file); // an Office Open XML document (XLSX) is read as a whole
                }
                if (!entry.isDirectory() && !entry.getName().startsWith("__MACOSX/")) {
                    members.add(entry.getName());
                }
                if (members.size() > MAX_ZIP_MEMBERS) {
                    throw new ListFormatException(file.name() + " is a zip archive of more than " + MAX_ZIP_MEMBERS
                            + " files, which no list publication is");
                }
            }
            if (members.isEmpty()) {
                throw new ListFormatException(file.name() + " is an empty zip archive");
            }
            Collections.sort(members);
            return members.stream().map(file::zipMember).toList();
        } catch (ZipException e) {
            throw new ListFormatException(file.name() + " starts like a zip archive but cannot be opened as one"
                    + " (truncated or corrupt): " + e.getMessage(), e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean isZip(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
