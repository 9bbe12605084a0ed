#if canImport(Glibc)
import Glibc

/// Settings for Glibc's allocator, made once when the process starts, before any thread. A first night holds
/// hundreds of megabytes of responses, comments and output text in blocks of every size: by default Glibc
/// gives a large freed block back to the system (`munmap`, or trimming the top of the heap) and the next one
/// faults its pages in again, and it starts an arena per thread. Measured on a 100,000-row export this was
/// seconds of system time. Blocks under 32 MB (the most Glibc allows) now come from the heap, freed memory is
/// kept for reuse until 512 MB of it is free at the top, and there are at most two arenas (the machine's two
/// cores). `mallopt` is in `<malloc.h>`, which the Glibc module does not bring in, so it is looked up by name
/// (as `syncfs` is); where it is missing nothing changes.
enum MallocSettings {
    // <malloc.h>'s parameter numbers.
    private static let trimThreshold: Int32 = -1, mmapThreshold: Int32 = -3, arenaMax: Int32 = -8

    static func apply() {
        typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: MallOpt.self)
        _ = mallopt(mmapThreshold, 32 << 20)
        _ = mallopt(trimThreshold, 512 << 20)
        _ = mallopt(arenaMax, 2)
    }
}
#else
enum MallocSettings {
    static func apply() {}
}
#endif
