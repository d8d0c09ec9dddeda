package org.vtpmconsole.protocol.ca;

import java.util.List;

/** The directory's answer: certificates oldest first. */
public record CertificateList(List<CertificateInfo> certificates) {

	public CertificateList {
		certificates = List.copyOf(Fields.required(certificates, "certificates"));
	}
}
