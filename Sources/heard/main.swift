import Foundation
import HeardCLI

MallocSettings.apply()
exit(HeardCommandLine.main(Array(CommandLine.arguments.dropFirst())))
