package org.sanctions.registry.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sanctions.registry.common.WriteContext;
import org.sanctions.registry.importer.ImportedProgram;
import org.sanctions.registry.program.ProgramInput;
import org.sanctions.registry.program.ProgramRepository;
import org.sanctions.registry.program.ProgramService;

/**
 * Creates the programs that accepted entries take measures under and the registry lacks, through the program service
 * (so, audited). What the file says about a program is used when it passes validation; else the program gets its code
 * as its name and the authority of the measures citing it, so one odd program field cannot sink the import.
 */
@ApplicationScoped
class ImportPrograms {

    private final ProgramService service;
    private final ProgramRepository programs;
    private final Validator validator;

    ImportPrograms(ProgramService service, ProgramRepository programs, Validator validator) {
        this.service = service;
        this.programs = programs;
        this.validator = validator;
    }

    /** @param used registry program code to the authority of the accepted measures citing it */
    void createMissing(List<ImportedProgram> described, Map<String, String> used, ImportTally tally,
            WriteContext context) {
        Map<String, ImportedProgram> byCode = new HashMap<>();
        described.forEach(p -> byCode.putIfAbsent(RegistryCodes.program(p.code()), p));
        used.forEach((code, authority) -> {
            if (programs.findByIdOptional(code).isEmpty()) {
                service.create(input(code, authority, byCode.get(code)), context);
                tally.programCreated(code);
            }
        });
    }

    private ProgramInput input(String code, String authority, ImportedProgram p) {
        if (p != null) {
            String description = p.description() != null ? p.description()
                    : "Created by a list import: the list refers to this program as '" + p.code() + "' only.";
            ProgramInput full = new ProgramInput(code, p.name() != null ? p.name() : p.code(), authority,
                    p.legalBasis(), description, p.url(), null);
            if (validator.validate(full).isEmpty()) {
                return full;
            }
        }
        return new ProgramInput(code, code, authority, null,
                "Created by a list import that gave no usable description of this program.", null, null);
    }
}
