package org.vtpmconsole.protocol.ca;

import java.util.List;

import org.vtpmconsole.protocol.http.MessageFields;

/** The directory's answer: certificates oldest first. */
public record CertificateList(List<CertificateInfo> certificates) {

	public CertificateList {
		certificates = List.copyOf(MessageFields.required(certificates, "certificates"));
	}
}
