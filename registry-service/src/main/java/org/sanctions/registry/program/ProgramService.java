package org.sanctions.registry.program;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.sanctions.registry.audit.Action;
import org.sanctions.registry.audit.Change;
import org.sanctions.registry.audit.ChangeLog;
import org.sanctions.registry.audit.EntityType;
import org.sanctions.registry.common.ApiException;
import org.sanctions.registry.common.ETags;
import org.sanctions.registry.common.InputValidator;
import org.sanctions.registry.common.Timestamps;
import org.sanctions.registry.common.WriteContext;

/** Creates, reads and updates programs; programs are never deleted, only retired. */
@ApplicationScoped
public class ProgramService {

    private final ProgramRepository programs;
    private final InputValidator validator;
    private final ChangeLog changes;

    public ProgramService(ProgramRepository programs, InputValidator validator, ChangeLog changes) {
        this.programs = programs;
        this.validator = validator;
        this.changes = changes;
    }

    @Transactional
    public ProgramDto create(ProgramInput input, WriteContext context) {
        validator.check(input);
        if (input.code() == null) {
            throw ApiException.invalid("code", "must not be null");
        }
        changes.holdChainForWrite(); // chain first, then rows, as every write (no deadlock with an import)
        if (programs.findByIdOptional(input.code()).isPresent()) {
            throw ApiException.conflict("A program with code " + input.code() + " already exists; update it with PUT.");
        }
        Instant now = Timestamps.now();
        ProgramEntity program = new ProgramEntity();
        program.code = input.code();
        program.apply(input);
        program.version = 1;
        program.createdAt = now;
        program.updatedAt = now;
        programs.persistAndFlush(program);
        return record(Action.PROGRAM_CREATED, null, program, context, now);
    }

    public ProgramDto get(String code) {
        return ProgramDto.of(require(code));
    }

    public List<ProgramDto> list(boolean includeRetired) {
        return programs.listAll().stream()
                .filter(p -> includeRetired || p.retiredOn == null)
                .sorted(java.util.Comparator.comparing(p -> p.code))
                .map(ProgramDto::of).toList();
    }

    @Transactional
    public ProgramDto replace(String code, long expectedVersion, ProgramInput input, WriteContext context) {
        validator.check(input);
        if (input.code() != null && !input.code().equals(code)) {
            throw ApiException.invalid("code", "cannot change: it is " + code + " (the code in the path)");
        }
        changes.holdChainForWrite();
        ProgramEntity program = programs.lockForUpdate(code).orElseThrow(() -> notFound(code));
        ETags.checkCurrent(expectedVersion, program.version, "program");
        ProgramDto before = ProgramDto.of(program);
        if (before.equals(withCode(input, program))) {
            return before;
        }
        Instant now = Timestamps.now();
        program.apply(input);
        program.updatedAt = now;
        programs.flush();
        return record(Action.PROGRAM_UPDATED, before, program, context, now);
    }

    /** The program a new measure is taken under: it must exist and not be retired. */
    public ProgramEntity requireOpen(String code) {
        ProgramEntity program = programs.findByIdOptional(code)
                .orElseThrow(() -> ApiException.invalid("program", "is not a known program code: " + code));
        if (program.retiredOn != null) {
            throw ApiException.conflict("Program " + code + " was retired on " + program.retiredOn
                    + "; new measures cannot be taken under it.");
        }
        return program;
    }

    private ProgramDto record(Action action, ProgramDto before, ProgramEntity program, WriteContext context, Instant at) {
        ProgramDto dto = ProgramDto.of(program);
        changes.record(new Change(action, EntityType.PROGRAM, program.code, program.version, before, dto, context, at));
        return dto;
    }

    private static ProgramDto withCode(ProgramInput in, ProgramEntity current) {
        return new ProgramDto(current.code, in.name(), in.authority(), in.legalBasis(), in.description(), in.url(),
                in.retiredOn(), current.version);
    }

    private ProgramEntity require(String code) {
        return programs.findByIdOptional(code).orElseThrow(() -> notFound(code));
    }

    private static ApiException notFound(String code) {
        return ApiException.notFound("No program with code " + code + ".");
    }
}
