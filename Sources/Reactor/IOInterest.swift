import CEpoll

/// What a registration wants to hear about.
public struct IOInterest: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    /// Creates an interest set from its raw bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Readable (or a pending connection on a listening socket).
    public static let read = IOInterest(rawValue: 1 << 0)
    /// Writable: the kernel's send buffer has room.
    public static let write = IOInterest(rawValue: 1 << 1)
    /// Nothing: keep the registration but stay silent (back-pressure).
    public static let none: IOInterest = []
}

/// What epoll reported for a registration.
public struct IOEvents: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    /// Creates an event set from its raw bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Data (or a connection, or EOF) can be read.
    public static let read = IOEvents(rawValue: 1 << 0)
    /// Data can be written.
    public static let write = IOEvents(rawValue: 1 << 1)
    /// The peer shut down its writing side (`EPOLLRDHUP`).
    public static let readEOF = IOEvents(rawValue: 1 << 2)
    /// Both directions are closed (`EPOLLHUP`).
    public static let hangup = IOEvents(rawValue: 1 << 3)
    /// An error is pending on the descriptor (`EPOLLERR`).
    public static let error = IOEvents(rawValue: 1 << 4)
}

/// The one place where our option sets and epoll's bits meet.
enum EpollBits {
    /// The epoll event mask for `interest`. `EPOLLRDHUP` is always asked for
    /// so a half-closed peer is noticed even while reads are paused.
    static func mask(for interest: IOInterest) -> UInt32 {
        var bits = EPOLLRDHUP.rawValue
        if interest.contains(.read) { bits |= EPOLLIN.rawValue }
        if interest.contains(.write) { bits |= EPOLLOUT.rawValue }
        return bits
    }

    /// The events encoded in an epoll result mask.
    static func events(from bits: UInt32) -> IOEvents {
        var events: IOEvents = []
        if bits & EPOLLIN.rawValue != 0 { events.insert(.read) }
        if bits & EPOLLOUT.rawValue != 0 { events.insert(.write) }
        if bits & EPOLLRDHUP.rawValue != 0 { events.insert(.readEOF) }
        if bits & EPOLLHUP.rawValue != 0 { events.insert(.hangup) }
        if bits & EPOLLERR.rawValue != 0 { events.insert(.error) }
        return events
    }
}
