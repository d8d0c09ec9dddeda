package org.vtpmconsole.ui.certs;

import org.vtpmconsole.model.Certificate;
import org.vtpmconsole.model.FleetFactory;
import org.vtpmconsole.model.Host;
import org.vtpmconsole.pki.IssuedCertificate;

/** Issued certificates as the fleet model holds them, under a host named after the subject, for editor tests. */
final class CertificateModels {

	private CertificateModels() {
	}

	static Certificate modelOf(IssuedCertificate issued) throws Exception {
		Host host = FleetFactory.eINSTANCE.createHost();
		host.setName(issued.subjectName());
		Certificate certificate = FleetFactory.eINSTANCE.createCertificate();
		certificate.setSubject(issued.certificate().getSubjectX500Principal().getName());
		certificate.setIssuer(issued.certificate().getIssuerX500Principal().getName());
		certificate.setSerialNumber(issued.serialHex().toLowerCase());
		certificate.setEncoded(issued.certificate().getEncoded());
		host.getCertificates().add(certificate);
		return certificate;
	}
}
