// Placeholder so the module compiles until its first real file lands.
enum ScriptModule {}
