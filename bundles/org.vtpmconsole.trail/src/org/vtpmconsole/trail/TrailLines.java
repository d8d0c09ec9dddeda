package org.vtpmconsole.trail;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Writes a trail event as its one log line (docs/trail.md, "Line format"): keys in the order seq, vm, time, type,
 * user, snapshot (only for snapshot and rollback), extends, registers (both banks, all of 24-31), prev; no spaces;
 * decimal integers; standard padded Base64; lowercase hex. The bytes exclude the newline that ends the line in the
 * file. {@link TrailLineParser} accepts exactly these bytes.
 */
public final class TrailLines {
	private TrailLines() {
	}

	public static byte[] write(TrailEvent event) {
		StringBuilder out = new StringBuilder(1200);
		out.append("{\"seq\":").append(event.seq());
		out.append(",\"vm\":\"").append(event.vm()).append('"');
		out.append(",\"time\":\"").append(event.time()).append('"');
		out.append(",\"type\":\"").append(event.type().token()).append('"');
		out.append(",\"user\":");
		JsonStrings.append(out, event.user());
		if (event.snapshot().isPresent()) {
			out.append(",\"snapshot\":");
			JsonStrings.append(out, event.snapshot().get());
		}
		out.append(",\"extends\":[");
		String separator = "";
		for (Extend extend : event.extendList()) {
			out.append(separator).append("{\"register\":").append(extend.register()).append(",\"data\":\"")
					.append(Base64.getEncoder().encodeToString(extend.dataView())).append("\"}");
			separator = ",";
		}
		out.append("],\"registers\":{");
		for (Bank bank : Bank.values()) {
			out.append(bank == Bank.SHA1 ? "" : ",").append('"').append(bank.token()).append("\":{");
			for (int r = Registers.FIRST; r <= Registers.LAST; r++) {
				out.append(r == Registers.FIRST ? "\"" : ",\"").append(r).append("\":\"");
				Hex.append(out, event.registers().valueView(bank, r));
				out.append('"');
			}
			out.append('}');
		}
		out.append("},\"prev\":\"");
		Hex.append(out, event.prevView());
		out.append("\"}");
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}
}
