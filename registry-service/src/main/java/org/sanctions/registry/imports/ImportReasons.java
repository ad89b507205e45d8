package org.sanctions.registry.imports;

import java.util.List;

/**
 * The reason recorded with every change an import makes: the editor's reason, then the job and each file's name and
 * SHA-256, so an auditor can tie a change to the exact file it came from.
 */
final class ImportReasons {

    /** The change log keeps reasons of up to 4000 characters. */
    private static final int MAX = 4000;

    private ImportReasons() {
    }

    static String of(ImportRequest request) {
        StringBuilder reason = new StringBuilder(request.reason()).append(" [import ").append(request.id())
                .append(" of ").append(request.format());
        if (request.mode() == ImportMode.ADDITIONS) {
            reason.append(", additions and changes only");
        }
        if (request.approval() != null) {
            reason.append(", ").append(request.approval().length() > 1100 ? request.approval().substring(0, 1100)
                    : request.approval());
        }
        List<UploadedFile> files = request.files();
        for (int i = 0; i < files.size(); i++) {
            String file = (i == 0 ? ": " : ", ") + files.get(i).name() + " sha256 " + files.get(i).sha256();
            if (reason.length() + file.length() + 40 > MAX) {
                reason.append(" and ").append(files.size() - i).append(" more files");
                break;
            }
            reason.append(file);
        }
        return reason.append(']').toString();
    }
}
