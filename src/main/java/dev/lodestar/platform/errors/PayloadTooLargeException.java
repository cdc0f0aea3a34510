package dev.lodestar.platform.errors;

import java.io.IOException;

/** A request body grew past the limit while it was being read (a chunked body has no Content-Length). */
public class PayloadTooLargeException extends IOException {

	public PayloadTooLargeException(long limit) {
		super("Request body larger than " + limit + " bytes");
	}
}
