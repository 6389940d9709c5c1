import Testing
@testable import HTTP1

@Suite struct HTTP1ConfigurationTests {
    @Test func defaultsAreNearNginxAndValid() throws {
        let configuration = HTTP1Configuration()
        try configuration.validate()
        #expect(configuration.maxHeaderBytes == 16 * 1024)
        #expect(configuration.maxHeaderCount == 100)
        #expect(configuration.maxBodyBytes == 256 * 1024)
        #expect(configuration.headerReadTimeout == .seconds(10))
        #expect(configuration.idleTimeout == .seconds(15))
        #expect(configuration.bodyTotalTimeout == .seconds(120))
        #expect(configuration.maxConnections == 10_000)
    }

    @Test func unusableSettingsAreNamed() {
        var configuration = HTTP1Configuration()
        configuration.maxHeaderBytes = 10
        #expect(throws: HTTP1Configuration.InvalidSetting.self) { try configuration.validate() }
        configuration = HTTP1Configuration()
        configuration.idleTimeout = .zero
        do {
            try configuration.validate()
            Issue.record("zero idle timeout accepted")
        } catch {
            #expect("\(error)".hasPrefix("idleTimeout "))
        }
    }
}
