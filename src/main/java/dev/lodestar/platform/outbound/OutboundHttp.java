package dev.lodestar.platform.outbound;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The one way Lodestar calls addresses people typed (ADR 0011). Each connection goes only to the addresses its one
 * name lookup answered, and only when {@link OutboundAddresses} finds them all public: no second lookup can point it
 * elsewhere. No redirects, no retries, no cookies. An exchange — connecting, sending, the answer's headers and its
 * body — ends by its deadline, however slowly the other end trickles, and at most {@link #MAX_BODY} bytes of the body
 * are read.
 */
@Component
public class OutboundHttp implements DisposableBean {

	/** Far more than any status document or webhook receipt needs. */
	public static final int MAX_BODY = 1 << 20;

	private static final Timeout CONNECT = Timeout.ofSeconds(5);

	/** The longest silence between two reads; the deadline bounds the whole. */
	private static final Timeout SILENCE = Timeout.ofSeconds(10);

	/** What came back: the status, and the body's first {@link #MAX_BODY} bytes ({@code tooLarge} when there was more). */
	public record Answer(int status, byte[] body, boolean tooLarge) {

		public boolean successful() {
			return status / 100 == 2;
		}

		public String text() {
			return new String(body, StandardCharsets.UTF_8);
		}
	}

	/** How a name is looked up; the system's resolver but in tests. */
	interface Lookup {

		InetAddress[] addresses(String host) throws UnknownHostException;
	}

	private final CloseableHttpClient client;

	private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(task -> {
		Thread thread = new Thread(task, "outbound-deadlines");
		thread.setDaemon(true);
		return thread;
	});

	@Autowired
	OutboundHttp(OutboundAddresses addresses) {
		this(addresses, InetAddress::getAllByName);
	}

	OutboundHttp(OutboundAddresses addresses, Lookup lookup) {
		DnsResolver checkedOnce = new DnsResolver() {

			@Override
			public InetAddress[] resolve(String host) throws UnknownHostException {
				return addresses.checked(host, lookup.addresses(host));
			}

			@Override
			public String resolveCanonicalHostname(String host) {
				return host;
			}
		};
		this.client = HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setDnsResolver(checkedOnce)
				.setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(CONNECT).setSocketTimeout(SILENCE).build())
				.setMaxConnTotal(50)
				.setMaxConnPerRoute(5)
				.build())
			.setDefaultRequestConfig(RequestConfig.custom().setConnectionRequestTimeout(CONNECT).setResponseTimeout(SILENCE).build())
			.disableRedirectHandling()
			.disableAutomaticRetries()
			.disableCookieManagement()
			.disableAuthCaching()
			.disableContentCompression()
			.build();
	}

	/**
	 * Posts {@code body} (UTF-8; {@code Content-Type} from {@code headers}, JSON when absent) and reads the answer.
	 *
	 * @throws IOException refused ({@link RefusedAddressException}), unreachable, or no complete answer by the deadline
	 */
	public Answer post(URI target, Map<String, String> headers, String body, Duration deadline) throws IOException {
		HttpPost post = new HttpPost(target);
		String type = headers.get("Content-Type");
		post.setEntity(new ByteArrayEntity(body.getBytes(StandardCharsets.UTF_8),
				type == null ? ContentType.APPLICATION_JSON : ContentType.parse(type)));
		return exchange(post, headers, deadline);
	}

	/** Reads {@code target}; fails as {@link #post} does. */
	public Answer get(URI target, Map<String, String> headers, Duration deadline) throws IOException {
		return exchange(new HttpGet(target), headers, deadline);
	}

	private Answer exchange(HttpUriRequestBase request, Map<String, String> headers, Duration deadline) throws IOException {
		headers.forEach((name, value) -> {
			if (!"Content-Type".equalsIgnoreCase(name)) {
				request.addHeader(name, value);
			}
		});
		AtomicBoolean late = new AtomicBoolean();
		// cancelling closes the connection under whatever read or write waits on it
		var alarm = deadlines.schedule(() -> {
			late.set(true);
			request.cancel();
		}, deadline.toMillis(), TimeUnit.MILLISECONDS);
		try {
			ClassicHttpResponse response = client.executeOpen(null, request, null);
			try {
				return read(request, response);
			}
			finally {
				closeQuietly(response);
			}
		}
		catch (IOException | RuntimeException failed) {
			if (late.get()) {
				throw new IOException("no complete answer within " + deadline, failed);
			}
			throw failed;
		}
		finally {
			alarm.cancel(false);
		}
	}

	private static Answer read(HttpUriRequestBase request, ClassicHttpResponse response) throws IOException {
		HttpEntity entity = response.getEntity();
		if (entity == null) {
			return new Answer(response.getCode(), new byte[0], false);
		}
		InputStream in = entity.getContent();
		byte[] bytes = in.readNBytes(MAX_BODY + 1);
		if (bytes.length <= MAX_BODY) {
			in.close();
			return new Answer(response.getCode(), bytes, false);
		}
		// closing the stream would read the rest first: drop the connection instead
		request.cancel();
		return new Answer(response.getCode(), Arrays.copyOf(bytes, MAX_BODY), true);
	}

	/** Gives a fully read connection back to the pool; one cancelled is gone already, and its close has nothing to say. */
	private static void closeQuietly(ClassicHttpResponse response) {
		try {
			response.close();
		}
		catch (IOException alreadyGone) {
			// nothing was lost: the answer is read
		}
	}

	@Override
	public void destroy() throws IOException {
		deadlines.shutdownNow();
		client.close();
	}
}
