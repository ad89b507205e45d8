package org.sanctions.lookup.index;

import java.util.List;
import org.sanctions.lookup.matching.ListedParty;

/**
 * Fired (synchronously, on the feed thread) after a page of the change feed has been applied to the index: the
 * parties as they are now and the list version that includes them. Monitoring rescreens customers on it.
 */
public record PartiesChanged(List<ListedParty> parties, long listVersion) {
}
