package org.sanctions.lookup.evidence;

import org.sanctions.lookup.problem.ProblemException;

/** The evidence store cannot take or confirm a screening: the screening is refused rather than left unrecorded. */
public class EvidenceUnavailableException extends ProblemException {

    public EvidenceUnavailableException(String detail) {
        super(503, "upstream-unavailable", detail, null);
    }
}
