package org.vtpmconsole.ui.certs;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A certificate's path to the fleet root, leaf first, each link with its checks. Valid only when the path
 * reaches the fleet root and no check failed; {@code problem} says why a path could not be followed at all.
 */
public record ChainVerification(List<ChainLink> links, boolean reachesRoot, Optional<String> problem) {

	public ChainVerification {
		links = List.copyOf(links);
	}

	public boolean isValid() {
		return reachesRoot && problem.isEmpty() && links.stream().allMatch(ChainLink::isValid);
	}

	/** The leaf's revocation check, if the chain got that far. */
	public Optional<Check> revocation() {
		return links.isEmpty() ? Optional.empty()
				: links.get(0).checks().stream().filter(c -> c.name().equals(ChainVerifier.REVOCATION)).findFirst();
	}

	/** One line: "valid" or each failure with the certificate it concerns. */
	public String summary() {
		if (isValid()) {
			return "valid: chain to the fleet root verified";
		}
		if (problem.isPresent()) {
			return problem.get();
		}
		return links.stream().flatMap(link -> link.checks().stream().filter(Check::isFailed)
				.map(check -> link.subject() + ": " + check.name() + ": " + check.reason()))
				.collect(Collectors.joining("; "));
	}
}
