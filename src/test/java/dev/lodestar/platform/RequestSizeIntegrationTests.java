package dev.lodestar.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.lodestar.support.HttpIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class RequestSizeIntegrationTests extends HttpIntegrationTest {

	private static final String HUGE = "{\"value\": 3, \"confidence\": 5, \"note\": \"" + "x".repeat(10 * 1024 * 1024) + "\"}";

	@Test
	void refusesATenMegabyteBodyAnnouncedByItsLength() {
		var person = api.newPerson("Big");
		long keyResult = api.newKeyResult(person, api.newPersonalObjective(person, api.newCycle("ACTIVE"), "Big"), "INCREASE", 0, 10);

		var response = send(request("/api/v1/key-results/" + keyResult + "/check-ins", person)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(HUGE))
			.build());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("urn:lodestar:problem:payload-too-large");
	}

	/**
	 * A chunked body announces no length, so the limit bites while the body is read. The server answers and
	 * closes the connection before the client has finished sending, which is why this test speaks raw HTTP:
	 * a client library reports the closed upload instead of the answer.
	 */
	@Test
	void refusesATenMegabyteChunkedBodyWhileReadingIt() throws Exception {
		var person = api.newPerson("Chunked");
		long keyResult = api.newKeyResult(person, api.newPersonalObjective(person, api.newCycle("ACTIVE"), "Chunked"), "INCREASE", 0, 10);

		String statusLine;
		try (Socket socket = new Socket("localhost", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("POST /api/v1/key-results/" + keyResult + "/check-ins HTTP/1.1\r\nHost: localhost\r\n"
					+ "Authorization: Bearer " + person.token() + "\r\nContent-Type: application/json\r\n"
					+ "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			Thread sender = new Thread(() -> sendChunks(out));
			sender.start();
			var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			statusLine = in.readLine();
			sender.join(10_000);
		}

		assertThat(statusLine).isEqualTo("HTTP/1.1 413 ");
		var history = send(request("/api/v1/key-results/" + keyResult + "/check-ins", person).GET().build());
		assertThat(history.body()).contains("\"totalItems\":0");
	}

	private static void sendChunks(OutputStream out) {
		byte[] opening = "{\"value\": 3, \"confidence\": 5, \"note\": \"".getBytes(StandardCharsets.US_ASCII);
		byte[] chunk = "x".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
		try {
			writeChunk(out, opening);
			for (int sent = 0; sent < 10 * 1024 * 1024; sent += chunk.length) {
				writeChunk(out, chunk);
			}
			out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
		}
		catch (IOException closedByTheServer) {
			// expected: the server stops reading once the limit is passed
		}
	}

	private static void writeChunk(OutputStream out, byte[] chunk) throws IOException {
		out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.write(chunk);
		out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
	}
}
