package org.sanctions.registry.audit;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanctions.registry.audit.chain.ChainVerifier;

/** Runs the chain verification in one read-only REPEATABLE READ transaction, so head and events agree. */
@ApplicationScoped
public class ChainCheck {

    private final AgroalDataSource db;
    private final ChainVerifier verifier = new ChainVerifier();

    public ChainCheck(AgroalDataSource db) {
        this.db = db;
    }

    /** The verification result plus how long it took. */
    @Schema(name = "AuditChainVerification")
    public record Result(boolean valid, long checked, @Schema(nullable = true) Long firstBrokenSeq,
            @Schema(nullable = true) String problem, long headSeq, @Schema(nullable = true) String headHash,
            long durationMillis) {
    }

    public Result verify() throws SQLException {
        long start = System.nanoTime();
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            try {
                ChainVerifier.Report r = verifier.verify(c);
                return new Result(r.valid(), r.checked(), r.firstBrokenSeq(), r.problem(), r.headSeq(), r.headHash(),
                        (System.nanoTime() - start) / 1_000_000);
            } finally {
                c.rollback();
                c.setReadOnly(false);
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
        }
    }
}
