package org.sanctions.registry.imports;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.regex.Pattern;
import org.sanctions.registry.common.Patterns;
import org.sanctions.registry.common.WriteContext;
import org.sanctions.registry.importer.ImportedProgram;
import org.sanctions.registry.program.ProgramInput;
import org.sanctions.registry.program.ProgramRepository;
import org.sanctions.registry.program.ProgramService;

/** Creates the programs a file refers to that the registry lacks, through the program service (so, audited). */
@ApplicationScoped
class ImportPrograms {

    private static final Pattern CODE = Pattern.compile(Patterns.PROGRAM_CODE);

    private final ProgramService service;
    private final ProgramRepository programs;

    ImportPrograms(ProgramService service, ProgramRepository programs) {
        this.service = service;
        this.programs = programs;
    }

    void createMissing(List<ImportedProgram> referenced, ImportTally tally, WriteContext context) {
        for (ImportedProgram p : referenced) {
            String code = ProgramCodes.of(p.code());
            // an entry citing what cannot be a code was refused by the first pass; no program is created for it
            if (CODE.matcher(code).matches() && programs.findByIdOptional(code).isEmpty()) {
                String description = p.description() != null ? p.description()
                        : "Created by a list import: the list refers to this program as '" + p.code() + "' only.";
                service.create(new ProgramInput(code, p.name() != null ? p.name() : p.code(), p.authority(),
                        p.legalBasis(), description, p.url(), null), context);
                tally.programCreated(code);
            }
        }
    }
}
