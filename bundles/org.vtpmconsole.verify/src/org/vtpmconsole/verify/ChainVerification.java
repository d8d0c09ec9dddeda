package org.vtpmconsole.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A certificate's path to the fleet root, leaf first, each link with its checks. Valid only when the path
 * reaches the fleet root and every check passed ("not checked", e.g. revocation without a CRL, is not valid);
 * {@code problem} says why a path could not be followed at all.
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

	/** One line: "valid" or each check that failed or could not be made, with the certificate it concerns. */
	public String summary() {
		if (isValid()) {
			return "valid: chain to the fleet root verified";
		}
		if (problem.isPresent()) {
			return problem.get();
		}
		return links.stream().flatMap(link -> link.checks().stream().filter(check -> !check.isPassed())
				.map(check -> link.subject() + ": " + check.name() + (check.isFailed() ? ": " : ": not checked: ")
						+ check.reason()))
				.collect(Collectors.joining("; "));
	}

	/** The same path with {@code extra} checks added to the leaf (role, host name, TPM name of a host key). */
	ChainVerification withLeafChecks(List<Check> extra) {
		if (links.isEmpty()) {
			return this;
		}
		List<Check> leafChecks = new ArrayList<>(links.get(0).checks());
		leafChecks.addAll(extra);
		List<ChainLink> replaced = new ArrayList<>(links);
		replaced.set(0, new ChainLink(links.get(0).certificate(), leafChecks));
		return new ChainVerification(replaced, reachesRoot, problem);
	}
}
