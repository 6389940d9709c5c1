/// What a warm run's asyncio runtime takes over from the image's
/// (WarmImage.swift): the classes and functions Lib/asyncio registered with
/// `_interleave_asyncio.setup(...)` at import, which a warm run does not
/// execute again. They are objects of the image, the same in every run.
extension AsyncioRuntime {
    /// The runtime stored in a `_interleave_asyncio` module object.
    static func of(module m: PyModule) -> AsyncioRuntime? {
        m.dict?.getStr(AsyncioModule.runtimeKey)?.object as? AsyncioRuntime
    }

    /// Copies the import-time registrations of `image`.
    func adoptSetup(of image: AsyncioRuntime) {
        cancelledError = image.cancelledError
        invalidStateError = image.invalidStateError
        futureClass = image.futureClass
        taskClass = image.taskClass
        getEventLoop = image.getEventLoop
        isCoroutineFunction = image.isCoroutineFunction
        callbackNameFunction = image.callbackNameFunction
        isInternalFunction = image.isInternalFunction
        describeBlockerFunction = image.describeBlockerFunction
        handleReprFunction = image.handleReprFunction
        runUntilCompleteCallback = image.runUntilCompleteCallback
        primitives = image.primitives
    }

    /// Puts a runtime shared by the runs of an image back as the image's
    /// import left it: the run's loops, tasks and gathers let go
    /// (`teardown`), task numbering from the start, no observer, and the
    /// import-time registrations of `setup` (a copy made at build).
    func resetForWarmRun(setup: AsyncioRuntime) {
        teardown()
        taskNumbers = 0
        taskIDs = 0
        adoptSetup(of: setup)
    }
}
