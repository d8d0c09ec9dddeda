package org.vtpmconsole.pki.tls;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.KeyManagementException;
import java.security.SecureRandom;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * An initialized SSLContext whose every socket, server socket and engine starts with fixed parameters
 * (protocols, suites, client authentication, endpoint identification), and whose default parameters are those.
 */
final class PinnedSslContext extends SSLContext {

	PinnedSslContext(SSLContext delegate, SSLParameters parameters) {
		super(new Spi(delegate, parameters), delegate.getProvider(), delegate.getProtocol());
	}

	/** A fresh copy each time: SSLParameters are mutable and callers may adjust theirs. */
	private static SSLParameters copy(SSLParameters parameters) {
		SSLParameters copy = new SSLParameters(parameters.getCipherSuites(), parameters.getProtocols());
		copy.setNeedClientAuth(parameters.getNeedClientAuth());
		copy.setEndpointIdentificationAlgorithm(parameters.getEndpointIdentificationAlgorithm());
		return copy;
	}

	private static final class Spi extends SSLContextSpi {
		private final SSLContext delegate;
		private final SSLParameters parameters;

		Spi(SSLContext delegate, SSLParameters parameters) {
			this.delegate = delegate;
			this.parameters = parameters;
		}

		@Override
		protected void engineInit(KeyManager[] keys, TrustManager[] trust, SecureRandom random) throws KeyManagementException {
			throw new KeyManagementException("a fleet TLS context is initialized when it is made");
		}

		@Override
		protected SSLSocketFactory engineGetSocketFactory() {
			return new SocketFactory(delegate.getSocketFactory(), parameters);
		}

		@Override
		protected SSLServerSocketFactory engineGetServerSocketFactory() {
			return new ServerSocketFactory(delegate.getServerSocketFactory(), parameters);
		}

		@Override
		protected SSLEngine engineCreateSSLEngine() {
			SSLEngine engine = delegate.createSSLEngine();
			engine.setSSLParameters(copy(parameters));
			return engine;
		}

		@Override
		protected SSLEngine engineCreateSSLEngine(String host, int port) {
			SSLEngine engine = delegate.createSSLEngine(host, port);
			engine.setSSLParameters(copy(parameters));
			return engine;
		}

		@Override
		protected SSLSessionContext engineGetServerSessionContext() {
			return delegate.getServerSessionContext();
		}

		@Override
		protected SSLSessionContext engineGetClientSessionContext() {
			return delegate.getClientSessionContext();
		}

		@Override
		protected SSLParameters engineGetDefaultSSLParameters() {
			return copy(parameters);
		}

		@Override
		protected SSLParameters engineGetSupportedSSLParameters() {
			return delegate.getSupportedSSLParameters();
		}
	}

	private static final class SocketFactory extends SSLSocketFactory {
		private final SSLSocketFactory delegate;
		private final SSLParameters parameters;

		SocketFactory(SSLSocketFactory delegate, SSLParameters parameters) {
			this.delegate = delegate;
			this.parameters = parameters;
		}

		private Socket pinned(Socket socket) {
			((SSLSocket) socket).setSSLParameters(copy(parameters));
			return socket;
		}

		@Override
		public String[] getDefaultCipherSuites() {
			return parameters.getCipherSuites();
		}

		@Override
		public String[] getSupportedCipherSuites() {
			return delegate.getSupportedCipherSuites();
		}

		@Override
		public Socket createSocket() throws IOException {
			return pinned(delegate.createSocket());
		}

		@Override
		public Socket createSocket(Socket socket, String host, int port, boolean autoClose) throws IOException {
			return pinned(delegate.createSocket(socket, host, port, autoClose));
		}

		@Override
		public Socket createSocket(String host, int port) throws IOException {
			return pinned(delegate.createSocket(host, port));
		}

		@Override
		public Socket createSocket(String host, int port, InetAddress localAddress, int localPort) throws IOException {
			return pinned(delegate.createSocket(host, port, localAddress, localPort));
		}

		@Override
		public Socket createSocket(InetAddress address, int port) throws IOException {
			return pinned(delegate.createSocket(address, port));
		}

		@Override
		public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
			return pinned(delegate.createSocket(address, port, localAddress, localPort));
		}
	}

	private static final class ServerSocketFactory extends SSLServerSocketFactory {
		private final SSLServerSocketFactory delegate;
		private final SSLParameters parameters;

		ServerSocketFactory(SSLServerSocketFactory delegate, SSLParameters parameters) {
			this.delegate = delegate;
			this.parameters = parameters;
		}

		private ServerSocket pinned(ServerSocket socket) {
			((SSLServerSocket) socket).setSSLParameters(copy(parameters));
			return socket;
		}

		@Override
		public String[] getDefaultCipherSuites() {
			return parameters.getCipherSuites();
		}

		@Override
		public String[] getSupportedCipherSuites() {
			return delegate.getSupportedCipherSuites();
		}

		@Override
		public ServerSocket createServerSocket() throws IOException {
			return pinned(delegate.createServerSocket());
		}

		@Override
		public ServerSocket createServerSocket(int port) throws IOException {
			return pinned(delegate.createServerSocket(port));
		}

		@Override
		public ServerSocket createServerSocket(int port, int backlog) throws IOException {
			return pinned(delegate.createServerSocket(port, backlog));
		}

		@Override
		public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
			return pinned(delegate.createServerSocket(port, backlog, address));
		}
	}
}
